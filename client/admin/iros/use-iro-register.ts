import { useState } from 'preact/hooks'
import { iroRegisterText } from '#surveys/i18n/iro-register'
import { call, server } from '../../shared/api.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import { useResource } from '../../shared/use-resource.ts'
import type { Iro } from './iro-types.ts'

/**
 * The IRO tab's state: the register, the topics, the result, the assessors' progress and the
 * stakeholder groups (whom an IRO may affect), loaded together; the IRO being
 * edited or asked about before deleting; and the sentence that says what last changed.
 */
export function useIroRegister(assessmentId: string) {
  const { locale } = useLocale()
  const r = iroRegisterText[locale]
  const param = { id: assessmentId }
  const data = useResource(async () => {
    const [register, issues, result, progress, groups] = await Promise.all([
      call(server.assessments[':id'].iros.$get({ param })),
      call(server.assessments[':id'].issues.$get({ param })),
      call(server.assessments[':id']['double-materiality'].$get({ param })),
      call(server.assessments[':id']['assessor-progress'].$get({ param })),
      call(server.assessments[':id'].groups.$get({ param })),
    ])
    return { iros: register.iros, issues: issues.issues, result, progress, groups: groups.groups }
  }, [assessmentId])
  const [editing, setEditing] = useState<Iro>()
  const [deleting, setDeleting] = useState<Iro>()
  const [message, setMessage] = useState('')
  const removal = useChange()
  const changed = (sentence: string) => {
    setMessage(sentence)
    data.reload()
  }
  const remove = async (iro: Iro) => {
    const route = server.assessments[':id'].iros[':iroId']
    if (await removal.run(() => call(route.$delete({ param: { ...param, iroId: iro.id } })))) {
      setDeleting(undefined)
      changed(r.deleted)
    }
  }
  const add = (body: Parameters<(typeof server.assessments)[':id']['iros']['$post']>[0]['json']) =>
    call(server.assessments[':id'].iros.$post({ param, json: body }))
  return {
    data,
    editing,
    setEditing,
    deleting,
    setDeleting,
    message,
    changed,
    remove,
    removal,
    add,
  }
}

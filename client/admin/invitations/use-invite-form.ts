import { useState } from 'preact/hooks'
import { invitationsText } from '#surveys/i18n/invitations'
import type { Locale } from '#surveys/i18n/locales'
import { ApiError, call, server } from '../../shared/api.ts'
import { useChange } from '../../shared/use-change.ts'

/** Adds or removes a value from a set, as a new set (state stays immutable). */
const toggled = (set: Set<string>, value: string) => {
  const next = new Set(set)
  if (!next.delete(value)) next.add(value)
  return next
}

/**
 * The invite form's state: the groups and the contacts chosen by hand, sent as one
 * POST …/invitations; the answer ({ queued, skipped }) becomes the sentence announced.
 */
export function useInviteForm(props: {
  locale: Locale
  assessmentId: string
  onInvited(sentence: string): void
}) {
  const t = invitationsText[props.locale]
  const [groups, setGroups] = useState<Set<string>>(new Set())
  const [contacts, setContacts] = useState<Set<string>>(new Set())
  const change = useChange((error, fallback) =>
    error instanceof ApiError && error.code === 'assessment_closed' ? { _: t.closed } : fallback,
  )
  const invite = async () => {
    if (groups.size + contacts.size === 0) return change.setErrors({ _: t.chooseSomeone })
    const json = { groups: [...groups], contactIds: [...contacts] }
    let sentence = ''
    const ok = await change.run(async () => {
      const result = await call(
        server.assessments[':id'].invitations.$post({ param: { id: props.assessmentId }, json }),
      )
      sentence = t.queued(result.queued, result.skipped)
    })
    if (!ok) return
    setGroups(new Set())
    setContacts(new Set())
    props.onInvited(sentence)
  }
  return {
    groups,
    contacts,
    toggleGroup: (key: string) => setGroups(toggled(groups, key)),
    toggleContact: (id: string) => setContacts(toggled(contacts, id)),
    invite,
    busy: change.busy,
    error: change.errors._,
  }
}

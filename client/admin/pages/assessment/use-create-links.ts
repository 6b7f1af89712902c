import { useState } from 'preact/hooks'
import { CreateLinksBody, type LinkKind } from '#surveys/schemas/links'
import { call, server } from '../../../shared/api.ts'
import { validateForm } from '../../../shared/form.ts'
import { useChange } from '../../../shared/use-change.ts'
import type { Group, NewLink } from '../../assessment-types.ts'

/** Links just made (or re-issued): the only moment their tokens are known. */
export interface CreatedBatch {
  group: string
  kind: LinkKind
  links: Pick<NewLink, 'id' | 'url'>[]
  /** An open link shown again from the list, not just made. */
  again?: boolean
}

const optionalNumber = (text: string) => (text.trim() === '' ? null : Number(text))

/** `datetime-local` gives local time without a zone; the API wants an instant. */
const instant = (local: string) => (local ? new Date(local).toISOString() : null)

/**
 * The new-links form's state: the values as typed, checked against the API's schema before
 * they are sent (a count for single-use links, a response limit for an open one).
 */
export function useCreateLinks(props: {
  assessmentId: string
  groups: Group[]
  onCreated(batch: CreatedBatch): void
}) {
  const [values, setValues] = useState({
    group: props.groups[0]?.key ?? '',
    kind: 'single-use' as LinkKind,
    count: '10',
    maxResponses: '',
    expiresAt: '',
  })
  const { errors, setErrors, busy, run } = useChange()
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch })
  const single = values.kind === 'single-use'

  const submit = async (event: Event) => {
    event.preventDefault()
    const body = {
      group: values.group,
      kind: values.kind,
      count: single ? (optionalNumber(values.count) ?? Number.NaN) : 1,
      expiresAt: instant(values.expiresAt),
      ...(single ? {} : { maxResponses: optionalNumber(values.maxResponses) }),
    }
    const checked = validateForm(CreateLinksBody, body)
    if (!checked.ok) return setErrors(checked.errors)
    const param = { id: props.assessmentId }
    await run(async () => {
      const created = await call(
        server.assessments[':id'].links.$post({ param, json: checked.value }),
      )
      props.onCreated({ group: values.group, kind: values.kind, links: created.links })
    })
  }

  return { values, set, single, errors, busy, submit }
}

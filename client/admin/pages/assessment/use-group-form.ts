import { useState } from 'preact/hooks'
import type { Axis } from '#surveys/domain/model'
import { groupsText } from '#surveys/i18n/assessment-groups'
import type { LocalizedText } from '#surveys/i18n/locales'
import { CreateGroupBody, UpdateGroupBody } from '#surveys/schemas/groups'
import { ApiError, call, server } from '../../../shared/api.ts'
import { validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useChange } from '../../../shared/use-change.ts'
import { type AssessmentDetail, type Group, isLocked } from '../../assessment-types.ts'
import { EMPTY_TEXT } from '../../components/fields.tsx'

export const ORDER = ['names.en', 'names.zh-Hant', 'names.zh-Hans', 'key', 'weight', 'axes']
export const TEXT_FIELDS = ['expectations', 'channels'] as const

function initial(group: Group | undefined) {
  return {
    key: group?.key ?? '',
    names: group?.names ?? EMPTY_TEXT,
    weight: String(group?.weight ?? 1),
    axes: group?.axes ?? (['impact', 'stakeholder'] as Axis[]),
    expectations: group?.expectations ?? EMPTY_TEXT,
    channels: group?.channels ?? EMPTY_TEXT,
    reason: '',
  }
}

/** A key from an English name: "Local NGOs" → "local-ngos". */
const keyFrom = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(\d)/, 'g-$1')
    .slice(0, 40)

export interface GroupFormProps {
  assessment: AssessmentDetail
  group?: Group
  total: number
  editable: boolean
  onSaved(): void
}

/**
 * A group form's state: the values as typed, the key drawn from the English name until edited,
 * the weight's share, whether a reason is needed, and the save (PATCH, or POST for a new group).
 */
export function useGroupForm(props: GroupFormProps) {
  const { locale } = useLocale()
  const t = groupsText[locale]
  const { group } = props
  const [values, setValues] = useState(() => initial(group))
  const [keyEdited, setKeyEdited] = useState(false)
  const { errors, setErrors, busy, run } = useChange((error, fallback) =>
    error instanceof ApiError && error.code === 'setting_locked'
      ? { reason: t.lockedNotice }
      : fallback,
  )
  const prefix = group ? `group-${group.id}` : 'new-group'
  const weight = values.weight.trim() === '' ? Number.NaN : Number(values.weight)
  const scoringChanged =
    !group || weight !== group.weight || values.axes.join() !== group.axes.join()
  const needsReason = isLocked(props.assessment) && scoringChanged
  const others = props.total - (group?.weight ?? 0)
  const set = (patchValue: Partial<typeof values>) => setValues({ ...values, ...patchValue })

  const submit = async (event: Event) => {
    event.preventDefault()
    const body = {
      names: values.names,
      weight,
      axes: values.axes,
      expectations: values.expectations,
      channels: values.channels,
      ...(group ? {} : { key: values.key }),
      ...(needsReason && values.reason ? { reason: values.reason } : {}),
    }
    const id = props.assessment.id
    const routes = server.assessments[':id'].groups
    let request: () => Promise<unknown>
    if (group) {
      const checked = validateForm(UpdateGroupBody, body)
      if (!checked.ok) return setErrors(checked.errors)
      const param = { id, groupId: group.id }
      request = () => call(routes[':groupId'].$patch({ param, json: checked.value }))
    } else {
      const checked = validateForm(CreateGroupBody, body)
      if (!checked.ok) return setErrors(checked.errors)
      request = () => call(routes.$post({ param: { id }, json: checked.value }))
    }
    if (!(await run(request))) return
    if (!group) setValues(initial(undefined))
    props.onSaved()
  }

  return {
    values,
    set,
    /** New names; a new group's key follows the English name until typed by hand. */
    setNames: (names: LocalizedText) =>
      set({ names, ...(group || keyEdited ? {} : { key: keyFrom(names.en) }) }),
    setKey: (key: string) => {
      setKeyEdited(true)
      set({ key })
    },
    weight,
    others,
    needsReason,
    prefix,
    errors,
    busy,
    submit,
  }
}

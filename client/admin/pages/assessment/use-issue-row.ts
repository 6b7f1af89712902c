import { useState } from 'preact/hooks'
import { issuesText } from '#surveys/i18n/assessment-issues'
import { UpdateIssueBody } from '#surveys/schemas/issues'
import { call, server } from '../../../shared/api.ts'
import { validateForm } from '../../../shared/form.ts'
import { useLocale } from '../../../shared/locale.tsx'
import { useChange } from '../../../shared/use-change.ts'
import type { Issue } from '../../assessment-types.ts'
import { formErrors, type IssueForm, issueBody, issueForm } from './issue-form.ts'

export interface IssueRowTarget {
  assessmentId: string
  issue: Issue
  /** After a save, move or removal; `focusId` is the control to focus once the list reloads. */
  onChanged(focusId?: string): void
}

/** One issue row's state: its form, whether it is unsaved, and its save, move and removal. */
export function useIssueRow({ assessmentId, issue, onChanged }: IssueRowTarget) {
  const t = issuesText[useLocale().locale]
  const [form, setForm] = useState(() => issueForm(issue))
  const [open, setOpen] = useState(false)
  const change = useChange((_error, fallback) => formErrors(fallback))
  const param = { id: assessmentId, issueId: issue.id }
  const route = server.assessments[':id'].issues[':issueId']

  const send = async (json: UpdateIssueBody, focusId?: string) => {
    if (await change.run(() => call(route.$patch({ param, json })))) onChanged(focusId)
  }
  const save = (event: Event) => {
    event.preventDefault()
    const checked = validateForm(UpdateIssueBody, issueBody(form))
    if (checked.ok) return send(checked.value)
    const found = formErrors(checked.errors)
    // Errors in the hidden details (descriptions, mappings) open them.
    if (Object.keys(found).some((key) => !key.startsWith('names.') && key !== 'code')) setOpen(true)
    change.setErrors(found)
  }
  const move = (by: -1 | 1, focusId: string) => send({ position: issue.position + by }, focusId)
  const remove = async () => {
    if (!confirm(t.confirmRemove(issue.code))) return
    if (await change.run(() => call(route.$delete({ param })))) onChanged()
  }
  return {
    form,
    set: (patch: Partial<IssueForm>) => setForm({ ...form, ...patch }),
    dirty: JSON.stringify(form) !== JSON.stringify(issueForm(issue)),
    open,
    setOpen,
    errors: change.errors,
    busy: change.busy,
    save,
    move,
    remove,
  }
}

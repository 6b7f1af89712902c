import { useState } from 'preact/hooks'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import { Choice, ChoiceGroup } from '../components/fields.tsx'
import type { Iro } from './iro-types.ts'
import type { Candidate } from './scoring-types.ts'

/** Who is assigned to score one IRO; admins and analysts change it by hand. */
export function IroAssignees(props: {
  assessmentId: string
  iro: Iro
  candidates: Candidate[]
  mayAssign: boolean
  onSaved(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const [chosen, setChosen] = useState(props.iro.assignees)
  const [saved, setSaved] = useState(false)
  const { busy, errors, run } = useChange()
  const nameOf = (id: string) => props.candidates.find((c) => c.id === id)?.name ?? id
  const names = props.iro.assignees.map(nameOf).join(', ')
  const summary = names ? t.assignedTo(names) : t.assigneesNone
  if (!props.mayAssign) return <p class="hint">{summary}</p>
  const submit = async (event: Event) => {
    event.preventDefault()
    setSaved(false)
    const ok = await run(() =>
      call(
        server.assessments[':id'].iros[':iroId'].assessors.$put({
          param: { id: props.assessmentId, iroId: props.iro.id },
          json: { assessorIds: chosen },
        }),
      ),
    )
    if (!ok) return
    setSaved(true)
    props.onSaved()
  }
  const id = `assignees-${props.iro.id}`
  return (
    <details>
      <summary>{summary}</summary>
      <form class="stack" onSubmit={submit} noValidate>
        <ErrorSummary title={t.assigneesTitle} errors={summarise(errors, ['assessorIds'])} />
        <ChoiceGroup id={id} legend={t.assigneesTitle} error={errors.assessorIds?.[0]}>
          {props.candidates.map((member) => (
            <Choice
              key={member.id}
              type="checkbox"
              label={member.name}
              checked={chosen.includes(member.id)}
              onChange={() =>
                setChosen(
                  chosen.includes(member.id)
                    ? chosen.filter((entry) => entry !== member.id)
                    : [...chosen, member.id],
                )
              }
            />
          ))}
        </ChoiceGroup>
        <button type="submit" class="button button--small" disabled={busy}>
          {t.saveAssignees}
        </button>
        {saved && (
          <p class="notice" role="status">
            {t.assigneesSaved}
          </p>
        )}
      </form>
    </details>
  )
}

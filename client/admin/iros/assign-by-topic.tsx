import { useState } from 'preact/hooks'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { call, server } from '../../shared/api.ts'
import { ErrorSummary } from '../../shared/components/error-summary.tsx'
import { summarise } from '../../shared/form.ts'
import { useLocale } from '../../shared/locale.tsx'
import { useChange } from '../../shared/use-change.ts'
import type { Issue } from '../assessment-types.ts'
import { Choice, ChoiceGroup } from '../components/fields.tsx'
import type { Candidate } from './scoring-types.ts'

const toggle = (list: string[], value: string) =>
  list.includes(value) ? list.filter((entry) => entry !== value) : [...list, value]

/** Admins and analysts assign members to every IRO under the topics they choose. */
export function AssignByTopic(props: {
  assessmentId: string
  candidates: Candidate[]
  /** Topics that have IROs. */
  topics: Issue[]
  onAssigned(): void
}) {
  const { locale } = useLocale()
  const t = iroScoringText[locale]
  const [who, setWho] = useState<string[]>([])
  const [topics, setTopics] = useState<string[]>([])
  const [added, setAdded] = useState<number | null>(null)
  const { busy, errors, run } = useChange()
  const submit = async (event: Event) => {
    event.preventDefault()
    setAdded(null)
    let count = 0
    const ok = await run(async () => {
      const result = await call(
        server.assessments[':id']['iro-assignments'].$post({
          param: { id: props.assessmentId },
          json: { assessorIds: who, issueIds: topics, iroIds: [] },
        }),
      )
      count = result.added
    })
    if (!ok) return
    setAdded(count)
    props.onAssigned()
  }
  if (props.topics.length === 0) return null
  return (
    <details class="card">
      <summary>{t.assignTitle}</summary>
      <form class="stack" onSubmit={submit} noValidate>
        <p class="hint">{t.assignLead}</p>
        <ErrorSummary
          title={t.assignTitle}
          errors={summarise(errors, ['assessorIds', 'issueIds'])}
        />
        <ChoiceGroup id="assessorIds" legend={t.assignWho} error={errors.assessorIds?.[0]}>
          {props.candidates.map((member) => (
            <Choice
              key={member.id}
              type="checkbox"
              label={member.name}
              checked={who.includes(member.id)}
              onChange={() => setWho(toggle(who, member.id))}
            />
          ))}
        </ChoiceGroup>
        <ChoiceGroup id="issueIds" legend={t.assignTopics} error={errors.issueIds?.[0]}>
          {props.topics.map((issue) => (
            <Choice
              key={issue.id}
              type="checkbox"
              label={`${issue.code} ${issue.names[locale]}`}
              checked={topics.includes(issue.id)}
              onChange={() => setTopics(toggle(topics, issue.id))}
            />
          ))}
        </ChoiceGroup>
        <button type="submit" class="button" disabled={busy}>
          {busy ? t.assigning : t.assign}
        </button>
        {added !== null && (
          <p class="notice" role="status">
            {t.assignedCount(added)}
          </p>
        )}
      </form>
    </details>
  )
}

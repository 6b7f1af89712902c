import { useState } from 'preact/hooks'
import { issuesText } from '#surveys/i18n/assessment-issues'
import { commonText } from '#surveys/i18n/common'
import { LOCALE_NAMES, LOCALES, type Locale } from '#surveys/i18n/locales'
import { call, server } from '../../../shared/api.ts'
import { Empty, ErrorState, Loading } from '../../../shared/components/states.tsx'
import { useLocale } from '../../../shared/locale.tsx'
import { useResource } from '../../../shared/use-resource.ts'
import type { AssessmentTabProps } from '../../assessment-types.ts'
import { canEdit } from '../../assessment-types.ts'
import { PreviousSuggestions, type Suggestion } from '../../comments/previous-suggestions.tsx'
import { EMPTY_TEXT } from '../../components/fields.tsx'
import { AddIssueForm } from './issue-add.tsx'
import { EMPTY_ISSUE, type IssueForm } from './issue-form.ts'
import { IssueRow } from './issue-row.tsx'

/** The issue editor: one row per issue, three language columns, saved row by row. */
export function IssuesTab({ assessment }: AssessmentTabProps) {
  const { locale } = useLocale()
  const t = issuesText[locale]
  const common = commonText[locale]
  const list = useResource(
    () => call(server.assessments[':id'].issues.$get({ param: { id: assessment.id } })),
    [assessment.id],
  )
  const [focusAfter, setFocusAfter] = useState<string | undefined>()
  const editable = canEdit(assessment)
  const draft = assessment.status === 'draft'
  const issues = list.state === 'ready' ? list.data.issues : []
  // A suggestion taken up: the add form starts again, filled in with it.
  const [prefill, setPrefill] = useState<{ form: IssueForm; key: number }>()
  const use = (suggestion: Suggestion, language: Locale) =>
    setPrefill({
      form: { ...EMPTY_ISSUE, names: { ...EMPTY_TEXT, [language]: suggestion.body.slice(0, 200) } },
      key: (prefill?.key ?? 0) + 1,
    })

  return (
    <div class="stack">
      <div>
        <h2>{t.title}</h2>
        <p class="lead">{t.lead}</p>
        {!draft && <p class="notice notice--warning">{t.lockedNotice}</p>}
      </div>
      {list.state === 'loading' && <Loading label={common.loading} />}
      {list.state === 'error' && (
        <ErrorState message={t.loadFailed} retryLabel={common.retry} onRetry={list.reload} />
      )}
      {list.state === 'ready' && issues.length === 0 && <Empty title={t.none} />}
      {issues.length > 0 && (
        <div class="table-wrap">
          <table class="table issue-table">
            <caption class="visually-hidden">{t.count(issues.length)}</caption>
            <thead>
              <tr>
                <th scope="col">{t.order}</th>
                <th scope="col">{t.code}</th>
                <th scope="col">{t.aspect}</th>
                {LOCALES.map((l) => (
                  <th key={l} scope="col" lang={l}>
                    {t.nameIn(LOCALE_NAMES[l])}
                  </th>
                ))}
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            {issues.map((issue, index) => (
              <IssueRow
                key={`${issue.id}:${issue.position}:${issue.code}`}
                assessmentId={assessment.id}
                issue={issue}
                first={index === 0}
                last={index === issues.length - 1}
                editable={editable}
                draft={draft}
                focusId={focusAfter}
                onChanged={(focusId) => {
                  setFocusAfter(focusId)
                  list.reload()
                }}
              />
            ))}
          </table>
        </div>
      )}
      {editable && draft && list.state === 'ready' && assessment.previousId && (
        <PreviousSuggestions previousId={assessment.previousId} onUse={use} />
      )}
      {editable && draft && list.state === 'ready' && (
        <AddIssueForm
          key={prefill?.key ?? 0}
          assessmentId={assessment.id}
          initial={prefill?.form}
          onAdded={() => {
            setPrefill(undefined)
            list.reload()
          }}
        />
      )}
    </div>
  )
}

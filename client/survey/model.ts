import type { Axis } from '#surveys/domain/model'
import type { Locale } from '#surveys/i18n/locales'
import type { DraftAnswers, SubmitBody } from '#surveys/schemas/survey'
import type { Data, server } from '../shared/api.ts'

/** GET /api/survey/:token: the type the route answers with (server/services/survey.ts). */
export type Questionnaire = Data<(typeof server.survey)[':token']['$get']>

export type Issue = Questionnaire['issues'][number]

export type Answers = DraftAnswers

export const emptyAnswers = (): Answers => ({ ratings: {}, comments: {}, suggestedIssues: '' })

/** One question: an issue on one axis; its key is also the fieldset's id. */
export interface Item {
  key: string
  issue: Issue
  axis: Axis
}

export const itemKey = (issueId: string, axis: Axis) => `${issueId}:${axis}`

export function itemsOf(issues: Issue[]): Item[] {
  return issues.flatMap((issue) =>
    issue.axes.map((axis) => ({ key: itemKey(issue.id, axis), issue, axis })),
  )
}

export const isAnswered = (answers: Answers, key: string) => key in answers.ratings

/** The issues of each aspect, in questionnaire order: one page each. */
export function sectionsOf(q: Questionnaire) {
  return q.aspects.map((aspect) => ({
    ...aspect,
    issues: q.issues.filter((issue) => issue.aspect === aspect.key),
  }))
}

/** About 8 seconds per question, rounded up to whole minutes. */
export const estimatedMinutes = (items: number) => Math.max(1, Math.ceil((items * 8) / 60))

/** The submit body: every item in questionnaire order, non-empty comments only. */
export function buildSubmission(
  q: Questionnaire,
  answers: Answers,
  ids: { submissionId: string; browserId: string; resumeCode?: string | undefined },
  locale: Locale,
): SubmitBody {
  const known = new Set(q.issues.map((issue) => issue.id))
  return {
    submissionId: ids.submissionId,
    locale,
    ratings: itemsOf(q.issues).map((item) => ({
      issueId: item.issue.id,
      axis: item.axis,
      score: answers.ratings[item.key] ?? null,
    })),
    comments: Object.entries(answers.comments)
      .filter(([issueId, body]) => known.has(issueId) && body.trim() !== '')
      .map(([issueId, body]) => ({ issueId, body: body.trim() })),
    suggestedIssues: answers.suggestedIssues.trim() || null,
    ...(answers.startedAt ? { startedAt: answers.startedAt } : {}),
    ...(q.kind === 'open' ? { browserId: ids.browserId } : {}),
    ...(ids.resumeCode ? { resumeCode: ids.resumeCode } : {}),
  }
}

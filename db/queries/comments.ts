import { and, asc, eq, isNotNull, type SQL, sql } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { assessmentIssues, responseComments, responses, stakeholderGroups } from '../schema.ts'

/** Which respondents' texts to list; every field but the assessment is optional. */
export interface CommentFilter {
  assessmentId: number
  groupKey?: string | undefined
  locale?: string | undefined
  issueId?: number | undefined
  /** Text the body contains, any case. */
  search?: string | undefined
}

/** The UTC day a response came in: all a reader needs, and all the retention erasure keeps. */
const submittedOn = sql<string>`to_char(${responses.submittedAt} AT TIME ZONE 'UTC', 'YYYY-MM-DD')`

const contains = (column: SQL | typeof responseComments.body, search: string) =>
  sql`strpos(lower(${column}), lower(${search})) > 0`

function respondentConditions(filter: CommentFilter, body: SQL | typeof responseComments.body) {
  return [
    eq(responses.assessmentId, filter.assessmentId),
    filter.groupKey === undefined ? undefined : eq(stakeholderGroups.key, filter.groupKey),
    filter.locale === undefined ? undefined : eq(responses.locale, filter.locale),
    filter.search === undefined ? undefined : contains(body, filter.search),
  ]
}

/** Comments on issues, in the issues' order, oldest first within an issue. */
export async function listComments(db: Executor, filter: CommentFilter) {
  return db
    .select({
      issueId: responseComments.issueId,
      group: stakeholderGroups.key,
      locale: responses.locale,
      body: responseComments.body,
      submittedOn,
    })
    .from(responseComments)
    .innerJoin(responses, eq(responses.id, responseComments.responseId))
    .innerJoin(stakeholderGroups, eq(stakeholderGroups.id, responses.groupId))
    .innerJoin(assessmentIssues, eq(assessmentIssues.id, responseComments.issueId))
    .where(
      and(
        ...respondentConditions(filter, responseComments.body),
        filter.issueId === undefined ? undefined : eq(responseComments.issueId, filter.issueId),
      ),
    )
    .orderBy(
      asc(assessmentIssues.position),
      asc(assessmentIssues.id),
      asc(responses.submittedAt),
      asc(responses.id),
    )
}

/** The "issues we missed" texts, oldest first. */
export async function listSuggestions(db: Executor, filter: CommentFilter) {
  const body = sql<string>`${responses.suggestedIssues}`
  return db
    .select({
      group: stakeholderGroups.key,
      locale: responses.locale,
      body,
      submittedOn,
    })
    .from(responses)
    .innerJoin(stakeholderGroups, eq(stakeholderGroups.id, responses.groupId))
    .where(and(isNotNull(responses.suggestedIssues), ...respondentConditions(filter, body)))
    .orderBy(asc(responses.submittedAt), asc(responses.id))
}

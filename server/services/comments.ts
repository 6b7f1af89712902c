import type { Executor } from '#db/client'
import { listGroups, listIssues } from '#db/queries/assessments'
import { type CommentFilter, listComments, listSuggestions } from '#db/queries/comments'
import { commentsText } from '#surveys/i18n/comments'
import { LOCALE_NAMES, parseLocale } from '#surveys/i18n/locales'
import { CSV_CONTENT_TYPE, csvDocument } from '#surveys/reports/csv'
import { exportFileName } from '#surveys/reports/file-names'
import type { CommentsQuery } from '#surveys/schemas/comments'
import type { AppDeps, SessionUser } from '../context.ts'
import type { Download } from '../download.ts'
import { assessmentFor, CAN } from './access.ts'

function filterOf(assessmentId: number, query: CommentsQuery): CommentFilter {
  return {
    assessmentId,
    groupKey: query.group,
    locale: query.locale,
    issueId: query.issue === undefined ? undefined : Number(query.issue),
    search: query.q,
  }
}

/**
 * GET …/comments: what respondents wrote, comments per issue and suggested issues, with the
 * respondent's group, language and UTC day only. Free text may hold personal data, so it needs
 * `readComments` (surveys/domain/permissions.ts).
 */
export async function listRespondentComments(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: CommentsQuery,
) {
  await assessmentFor(deps, user, assessmentId, CAN.readComments)
  return loadComments(deps.database.db, filterOf(assessmentId, query))
}

async function loadComments(db: Executor, filter: CommentFilter) {
  const comments = await listComments(db, filter)
  const suggestions = await listSuggestions(db, filter)
  return {
    comments: comments.map((c) => ({
      issueId: String(c.issueId),
      group: c.group,
      locale: c.locale,
      body: c.body,
      submittedOn: c.submittedOn,
    })),
    suggestions: suggestions.map((s) => ({
      group: s.group,
      locale: s.locale,
      body: s.body,
      submittedOn: s.submittedOn,
    })),
  }
}

/** GET …/comments.csv: the same rows as one file, headings and names in `lang`. */
export async function respondentCommentsCsv(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: CommentsQuery,
): Promise<Download> {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.readComments)
  const { db } = deps.database
  const { comments, suggestions } = await loadComments(db, filterOf(assessmentId, query))
  const lang = query.lang
  const t = commentsText[lang]
  const issues = new Map((await listIssues(db, assessmentId)).map((i) => [String(i.id), i]))
  const groups = new Map((await listGroups(db, assessmentId)).map((g) => [g.key, g]))
  const groupName = (key: string) => groups.get(key)?.names[lang] ?? key
  const language = (locale: string) => {
    const known = parseLocale(locale)
    return known ? LOCALE_NAMES[known] : locale
  }
  const header = [t.csvKind, t.csvCode, t.issue, t.group, t.language, t.csvSubmittedOn, t.csvText]
  const rows = [
    ...comments.map((c) => {
      const issue = issues.get(c.issueId)
      return [
        t.csvComment,
        issue?.code,
        issue?.names[lang],
        groupName(c.group),
        language(c.locale),
        c.submittedOn,
        c.body,
      ]
    }),
    ...suggestions.map((s) => [
      t.csvSuggestion,
      null,
      null,
      groupName(s.group),
      language(s.locale),
      s.submittedOn,
      s.body,
    ]),
  ]
  const date = deps.clock.now().toISOString().slice(0, 10)
  return {
    body: csvDocument(header, rows),
    contentType: CSV_CONTENT_TYPE,
    filename: exportFileName(assessment.name, `comments-${date}`, 'csv'),
  }
}

import { commentsText } from '#surveys/i18n/comments'
import { LOCALE_NAMES, type Locale, parseLocale } from '#surveys/i18n/locales'
import { formatDate } from '../../shared/dates.ts'
import type { Group, Issue, RespondentComments } from '../assessment-types.ts'

type Comment = RespondentComments['comments'][number]
type Suggestion = RespondentComments['suggestions'][number]

interface ListProps {
  locale: Locale
  groups: Group[]
}

/** Comments in the API's order (the issues' order), one section per issue that has any. */
export function IssueComments(props: ListProps & { issues: Issue[]; comments: Comment[] }) {
  const { locale } = props
  const t = commentsText[locale]
  const issues = new Map(props.issues.map((issue) => [issue.id, issue]))
  const byIssue = new Map<string, Comment[]>()
  for (const comment of props.comments) {
    byIssue.set(comment.issueId, [...(byIssue.get(comment.issueId) ?? []), comment])
  }
  return (
    <div class="comment-issues">
      {[...byIssue].map(([issueId, comments]) => {
        const issue = issues.get(issueId)
        return (
          <section key={issueId} class="card comment-issue" aria-labelledby={`issue-${issueId}`}>
            <h4 id={`issue-${issueId}`}>
              {issue ? `${issue.code}. ${issue.names[locale]}` : issueId}{' '}
              <span class="comment-count">{t.count(comments.length)}</span>
            </h4>
            <CommentItems {...props} items={comments} />
          </section>
        )
      })}
    </div>
  )
}

/** The issues respondents think are missing. */
export function Suggestions(props: ListProps & { suggestions: Suggestion[] }) {
  return (
    <div class="card comment-issue">
      <CommentItems {...props} items={props.suggestions} />
    </div>
  )
}

function CommentItems(props: ListProps & { items: Suggestion[] }) {
  const { locale } = props
  const groups = new Map(props.groups.map((group) => [group.key, group.names[locale]]))
  return (
    <ul class="comment-list">
      {props.items.map((item, index) => {
        const language = parseLocale(item.locale)
        return (
          <li key={index}>
            <blockquote lang={item.locale}>{item.body}</blockquote>
            <p class="comment-meta">
              {groups.get(item.group) ?? item.group} ·{' '}
              {language ? LOCALE_NAMES[language] : item.locale} ·{' '}
              <time dateTime={item.submittedOn}>{formatDate(item.submittedOn, locale, 'day')}</time>
            </p>
          </li>
        )
      })}
    </ul>
  )
}

import { ASPECT_NAMES } from '#surveys/domain/model'
import type { Comparison } from '#surveys/domain/year-over-year'
import type { ComparisonText, MatrixText } from '#surveys/i18n/matrix'
import { formatScore } from '#surveys/reports/matrix-footnote'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { Link } from '../../shared/router.tsx'
import { DeltaCells, MovementBadge } from './year-over-year.tsx'

/** Respondents' comments per issue id, for roles that may read them, linking to the Comments tab. */
export interface CommentCounts {
  counts: Map<string, number>
  href(issueId: string): string
  /** The link's text ("2 comments") and its accessible name ("Read the 2 comments"). */
  label(n: number): string
  hint(n: number): string
}

/**
 * The ranked issues: the chart's accessible equivalent and the table the exports contain. With
 * a comparison it gains Δ columns and entered / left badges; with comment counts, each issue
 * links to what respondents wrote about it.
 */
export function RankedTable(props: {
  view: MatrixView
  text: MatrixText
  compare?: { comparison: Comparison; text: ComparisonText } | null
  comments?: CommentCounts | null
}) {
  const { view, text: t, compare, comments } = props
  const changes = new Map(compare?.comparison.issues.map((change) => [change.code, change]))
  const c = compare?.text
  // Against a double-materiality year only the decisions compare: badges, no Δ columns.
  const deltas = c && compare.comparison.basis !== 'decisions' ? c : undefined
  return (
    <div class="table-wrap">
      <table class={`table table--compact${c ? ' table--compare' : ''}`} data-testid="ranked-table">
        <caption class="visually-hidden">{t.tableTitle}</caption>
        <thead>
          <tr>
            <th scope="col" class="number">
              {t.rank}
            </th>
            <th scope="col" class="number">
              {t.code}
            </th>
            <th scope="col">{t.issue}</th>
            <th scope="col">{t.aspect}</th>
            <th scope="col" class="number">
              {t.impact}
            </th>
            <th scope="col" class="number">
              {t.stakeholder}
            </th>
            <th scope="col" class="number">
              {t.priority}
            </th>
            {deltas && (
              <>
                <th scope="col" class="number">
                  {deltas.deltaImpact}
                </th>
                <th scope="col" class="number">
                  {deltas.deltaStakeholder}
                </th>
                <th scope="col" class="number">
                  {deltas.deltaRank}
                </th>
              </>
            )}
            <th scope="col">{t.tier}</th>
            <th scope="col">{t.flags}</th>
            <th scope="col" class="number">
              {t.answers}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.issues.map((issue) => (
            <tr key={issue.id} class={issue.tier === 'material' ? 'row--material' : undefined}>
              <td class="number">{issue.rank ?? '—'}</td>
              <td class="number">{issue.code}</td>
              <th scope="row">
                {issue.name}
                {comments && <CommentLink issueId={issue.id} comments={comments} />}
              </th>
              <td>{ASPECT_NAMES[issue.aspect][view.locale]}</td>
              <td class="number">{formatScore(issue.impact)}</td>
              <td class="number">{formatScore(issue.stakeholder)}</td>
              <td class="number">{formatScore(issue.priority)}</td>
              {deltas && <DeltaCells change={changes.get(issue.code)} text={deltas} />}
              <td>
                <span class={`badge badge--${issue.tier}`}>{t[`tier_${issue.tier}`]}</span>
                {c && <MovementBadge change={changes.get(issue.code)} text={c} />}
              </td>
              <td>
                <ul class="flag-list">
                  {issue.flags.map((flag) => (
                    <li key={flag} class={`flag flag--${flag}`}>
                      {t[`flag_${flag}`]}
                    </li>
                  ))}
                </ul>
              </td>
              <td class="number">
                {issue.n.impact} / {issue.n.stakeholder}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** Under the issue's name rather than in a column of its own: the table is wide enough. */
function CommentLink(props: { issueId: string; comments: CommentCounts }) {
  const { issueId, comments } = props
  const n = comments.counts.get(issueId) ?? 0
  if (n === 0) return null
  return (
    <Link class="comment-link" href={comments.href(issueId)} aria-label={comments.hint(n)}>
      {comments.label(n)}
    </Link>
  )
}

/** Responses per group, with the flagged count and whether flagged ones are left out. */
export function ResponseCounts(props: { view: MatrixView; text: MatrixText }) {
  const { view, text: t } = props
  const groups = view.groups.filter((g) => view.group === null || g.key === view.group)
  return (
    <section class="response-counts" aria-labelledby="response-counts-title">
      <h2 id="response-counts-title">{t.labelled(t.responses, String(view.responses.total))}</h2>
      <ul>
        {groups.map((group) => (
          <li key={group.key}>
            <span>{group.name}</span> <strong>{view.responses.byGroup[group.key] ?? 0}</strong>
          </li>
        ))}
      </ul>
      {view.responses.flagged > 0 && (
        <p class="hint">{t.flaggedNote(view.responses.flagged, view.settings.excludeFlagged)}</p>
      )}
    </section>
  )
}

import type { IssueChange, Movement } from '#surveys/domain/year-over-year'
import type { Locale } from '#surveys/i18n/locales'
import type { ComparisonText } from '#surveys/i18n/matrix'
import type { ComparisonView } from '#surveys/schemas/comparison-view'
import { call, server } from '../../shared/api.ts'
import { type Resource, useResource } from '../../shared/use-resource.ts'
import type { AssessmentDetail } from '../assessment-types.ts'
import { fetchAssessments } from '../remote.ts'
import { ComparisonNotes } from './comparison-notes.tsx'

/**
 * The comparison with an earlier assessment, or null while none is chosen; asked again when
 * `refresh` changes (the double-materiality result after a score).
 */
export function useComparison(
  assessmentId: string,
  previousId: string,
  locale: Locale,
  pollMs?: number,
  refresh?: unknown,
): Resource<ComparisonView | null> {
  return useResource(
    () =>
      previousId
        ? call(
            server.assessments[':id'].comparison.$get({
              param: { id: assessmentId },
              query: { previous: previousId, locale },
            }),
          )
        : Promise.resolve(null),
    [assessmentId, previousId, locale, refresh],
    previousId ? pollMs : undefined,
  )
}

/** "Compare with": the organisation's other assessments, newest first, and "no comparison". */
export function CompareSelect(props: {
  assessment: AssessmentDetail
  value: string
  onChange(id: string): void
  text: ComparisonText
  comparison: Resource<ComparisonView | null>
}) {
  const { assessment, text: t, comparison } = props
  const list = useResource(fetchAssessments, [assessment.id])
  const others =
    list.state === 'ready'
      ? list.data.assessments.filter(
          (a) => a.organisationId === assessment.organisationId && a.id !== assessment.id,
        )
      : []
  const view = comparison.state === 'ready' ? comparison.data : null
  // A first assessment: a line saying why there is nothing to choose, not an empty control.
  if (list.state === 'ready' && others.length === 0 && !props.value) {
    return <p class="hint compare-none">{t.noOthers}</p>
  }
  return (
    <div class="compare-bar card">
      <div class="field">
        <label for="matrix-compare">{t.compareWith}</label>
        <select
          id="matrix-compare"
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        >
          <option value="">{t.none}</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.id === assessment.previousId ? t.copiedFrom(other.name) : other.name}
            </option>
          ))}
        </select>
      </div>
      <div class="compare-notes" aria-live="polite">
        {props.value && comparison.state === 'loading' && <p class="hint">{t.loading}</p>}
        {comparison.state === 'error' && (
          <p class="error-message" role="alert">
            {t.loadFailed}
          </p>
        )}
        {view && <ComparisonNotes view={view} text={t} />}
      </div>
    </div>
  )
}

/** Δ cells of one ranked-table row: impact, stakeholder, rank. */
export function DeltaCells(props: { change: IssueChange | undefined; text: ComparisonText }) {
  const { change, text: t } = props
  if (change?.presence !== 'both') {
    return (
      <>
        {[0, 1, 2].map((i) => (
          <td key={i} class="number delta">
            <span aria-hidden="true">—</span>
            <span class="visually-hidden">{t.notCompared}</span>
          </td>
        ))}
      </>
    )
  }
  return (
    <>
      <ScoreDelta delta={change.impact.delta} text={t} />
      <ScoreDelta delta={change.stakeholder.delta} text={t} />
      <RankDelta delta={change.rank.delta} text={t} />
    </>
  )
}

// Deltas smaller than display precision read as no change.
const EPSILON = 0.005

export function ScoreDelta(props: { delta: number | null; text: ComparisonText }) {
  const { delta, text: t } = props
  if (delta === null) return <Delta glyph="—" shown="" spoken={t.notCompared} />
  const size = Math.abs(delta).toFixed(2)
  if (Math.abs(delta) < EPSILON) return <Delta glyph="–" shown="0.00" spoken={t.unchanged} />
  return delta > 0 ? (
    <Delta direction="up" glyph="▲" shown={`+${size}`} spoken={t.up(size)} />
  ) : (
    <Delta direction="down" glyph="▼" shown={`−${size}`} spoken={t.down(size)} />
  )
}

function RankDelta(props: { delta: number | null; text: ComparisonText }) {
  const { delta, text: t } = props
  if (delta === null) return <Delta glyph="—" shown="" spoken={t.notCompared} />
  if (delta === 0) return <Delta glyph="–" shown="0" spoken={t.unchanged} />
  return delta > 0 ? (
    <Delta direction="up" glyph="▲" shown={String(delta)} spoken={t.upPlaces(delta)} />
  ) : (
    <Delta direction="down" glyph="▼" shown={String(-delta)} spoken={t.downPlaces(-delta)} />
  )
}

function Delta(props: { direction?: 'up' | 'down'; glyph: string; shown: string; spoken: string }) {
  return (
    <td class={`number delta${props.direction ? ` delta--${props.direction}` : ''}`}>
      <span aria-hidden="true">
        <span class="delta-glyph">{props.glyph}</span> {props.shown}
      </span>
      <span class="visually-hidden">{props.spoken}</span>
    </td>
  )
}

/** The "entered" / "left" badge of an issue that moved into or out of the material set. */
export function MovementBadge(props: {
  change: { movement: Movement } | undefined
  text: ComparisonText
}) {
  const { change, text: t } = props
  if (change?.movement !== 'entered' && change?.movement !== 'left') return null
  const entered = change.movement === 'entered'
  return (
    <span class={`badge badge--${change.movement}`}>
      <span aria-hidden="true">{entered ? t.entered : t.left}</span>
      <span class="visually-hidden">{entered ? t.enteredTitle : t.leftTitle}</span>
    </span>
  )
}

/** Below the table: what left the material set or was dropped, and the GRI 3-2 sentence. */
export function ComparisonSummary(props: {
  view: ComparisonView
  locale: Locale
  text: ComparisonText
}) {
  const { view, locale, text: t } = props
  const changes = view.double?.topics ?? view.comparison?.issues
  if (!view.previous || !changes) return null
  const gone = leftOrDropped(changes)
  return (
    <section class="comparison-summary card" aria-labelledby="comparison-title">
      <h2 id="comparison-title">{t.summaryTitle(view.previous.name)}</h2>
      <h3>{t.leftOrDropped}</h3>
      {gone.length === 0 ? (
        <p>{t.noneLeft}</p>
      ) : (
        <ul data-testid="left-or-dropped">
          {gone.map((issue) => (
            <li key={issue.code}>
              <strong>
                {issue.code}. {issue.names[locale]}
              </strong>{' '}
              <span class="hint">— {reason(issue, t)}</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.sentenceTitle}</h3>
      <p class="gri-sentence" data-testid="gri-3-2-sentence">
        {view.sentence}
      </p>
    </section>
  )
}

/** What both methods' changes share, for the summary. */
type Changed = Pick<IssueChange, 'code' | 'names' | 'presence' | 'movement'>

function leftOrDropped(changes: readonly Changed[]): Changed[] {
  return changes.filter((issue) => issue.movement === 'left' || issue.presence === 'dropped')
}

function reason(issue: Changed, t: ComparisonText): string {
  if (issue.presence === 'dropped') return issue.movement === 'left' ? t.droppedMaterial : t.dropped
  return t.noLongerMaterial
}

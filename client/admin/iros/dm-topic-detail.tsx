import { doubleText } from '#surveys/i18n/double-materiality'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { formatScore } from '#surveys/reports/matrix-footnote'
import { useLocale } from '../../shared/locale.tsx'
import { IroDetail } from './iro-detail.tsx'
import type { DoubleMateriality, Iro } from './iro-types.ts'

type Topic = DoubleMateriality['topics'][number]
type View = Topic['stakeholderViews']['impact']

/**
 * A topic's drill-down: the experts' scores against the stakeholder views (flagged when 1.0 or
 * more apart), then each IRO with its score, the assessors' mean, spread and count per
 * component, and the disagreement flag.
 */
export function DmTopicDetail(props: { topic: Topic; name: string; iros: Iro[] }) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const s = iroScoringText[locale]
  const { topic } = props
  const views = topic.stakeholderViews
  const row = (label: string, expert: number | null, view: View) => (
    <tr class={view.flagged ? 'row--flagged' : undefined}>
      <th scope="row">{label}</th>
      <td class="number">{formatScore(expert, t.noScore)}</td>
      <td class="number">{formatScore(view.score, s.noView)}</td>
      <td class="number">{formatScore(view.difference, '–')}</td>
    </tr>
  )
  return (
    <div class="card stack" aria-live="polite" data-testid="dm-topic-detail">
      <h4>{t.irosOf(props.name)}</h4>
      <h5>{s.viewsTitle}</h5>
      <p class="hint">{s.viewsLead}</p>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <td />
              <th scope="col">{s.experts}</th>
              <th scope="col">{s.stakeholders}</th>
              <th scope="col">{s.difference}</th>
            </tr>
          </thead>
          <tbody>
            {row(s.viewImpact, topic.impact, views.impact)}
            {row(s.viewFinancial, topic.financial, views.financial)}
          </tbody>
        </table>
      </div>
      {views.rationaleRequired && (
        <p class="notice notice--warning" data-testid="rationale-required">
          {s.gapFlag}
        </p>
      )}
      <ul class="stack">
        {topic.iros.map((result) => (
          <IroDetail
            key={result.id}
            result={result}
            description={props.iros.find((entry) => entry.id === result.id)?.description}
          />
        ))}
      </ul>
    </div>
  )
}

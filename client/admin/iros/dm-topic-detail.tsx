import { DISAGREEMENT_SPREAD } from '#surveys/domain/double-materiality'
import type { Horizon } from '#surveys/domain/iros'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { formatScore } from '#surveys/reports/matrix-footnote'
import { useLocale } from '../../shared/locale.tsx'
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

function IroDetail(props: { result: Topic['iros'][number]; description: string | undefined }) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const s = iroScoringText[locale]
  const { result } = props
  const score = result.type.endsWith('impact') ? result.impact : result.financial
  const label = (key: string) => {
    const [first, part] = key.split('.') as [string, string | undefined]
    const component = (name: string) => s[`short_${name}` as 'short_scale']
    return part ? `${t[`horizon_${first as Horizon}`]} · ${component(part)}` : component(first)
  }
  const components = Object.entries(result.components).filter(
    (entry): entry is [string, { mean: number; spread: number; n: number }] =>
      entry[1] !== undefined,
  )
  return (
    <li data-testid={`iro-detail-${result.id}`}>
      <p>
        <strong>{props.description ?? result.id}</strong>
        {` — ${t[`type_${result.type}`]}: ${formatScore(score, t.noScore)}`}
        {result.disagreement && (
          <span class="badge badge--review" data-testid="disagreement">
            {t.disagreement}
          </span>
        )}
      </p>
      {components.length > 0 && (
        <div class="table-wrap">
          <table class="table">
            <caption class="visually-hidden">{s.components}</caption>
            <thead>
              <tr>
                <th scope="col">{s.component}</th>
                <th scope="col">{s.mean}</th>
                <th scope="col">{s.spread}</th>
                <th scope="col">{s.scoredBy}</th>
              </tr>
            </thead>
            <tbody>
              {components.map(([key, summary]) => (
                <tr
                  key={key}
                  class={summary.spread >= DISAGREEMENT_SPREAD ? 'row--flagged' : undefined}
                >
                  <th scope="row">{label(key)}</th>
                  <td class="number">{formatScore(summary.mean)}</td>
                  <td class="number">{summary.spread}</td>
                  <td class="number">{summary.n}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </li>
  )
}

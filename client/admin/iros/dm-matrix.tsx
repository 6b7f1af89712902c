import { useEffect, useRef, useState } from 'preact/hooks'
import { doubleText } from '#surveys/i18n/double-materiality'
import { iroScoringText } from '#surveys/i18n/iro-scoring'
import { materialUnder } from '#surveys/scoring/dm-what-if'
import { useLocale } from '../../shared/locale.tsx'
import type { AssessmentDetail, Issue } from '../assessment-types.ts'
import type { DmModel, DmPoint } from './dm-chart-module.ts'
import { DmDownloads } from './dm-downloads.tsx'
import { DmTopicDetail } from './dm-topic-detail.tsx'
import { DmWhatIf } from './dm-what-if.tsx'
import type { DoubleMateriality, Iro } from './iro-types.ts'

type Topic = DoubleMateriality['topics'][number]

let chartModule: Promise<typeof import('./dm-chart-module.ts')> | undefined

const format = (value: number | null, none: string) => (value === null ? none : value.toFixed(2))

/**
 * The double-materiality matrix: impact against financial materiality, a point per topic,
 * the threshold lines, what-if thresholds that are never saved, and a topic's IROs on click.
 */
export function DmMatrix(props: {
  assessment: Pick<AssessmentDetail, 'id' | 'name' | 'status'>
  result: DoubleMateriality
  iros: Iro[]
  issues: Issue[]
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const s = iroScoringText[locale]
  const locked = props.result.thresholds
  const [whatIf, setWhatIf] = useState({
    impact: locked.impact === null ? '' : String(locked.impact),
    financial: locked.financial === null ? '' : String(locked.financial),
  })
  const [selected, setSelected] = useState<string>()
  const thresholds = {
    impact: locked.impact === null ? null : Number(whatIf.impact) || locked.impact,
    financial: locked.financial === null ? null : Number(whatIf.financial) || locked.financial,
  }
  const topics = props.result.topics.filter(
    (topic) => topic.impact !== null || topic.financial !== null,
  )
  const min = props.result.formula === 'mode-b' ? 1 : 0
  const name = (topic: Topic) => `${topic.code} ${topic.names?.[locale] ?? ''}`
  const points: DmPoint[] = topics.map((topic) => ({
    x: topic.impact ?? min,
    y: topic.financial ?? min,
    issueId: topic.issueId,
    code: topic.code,
    label: `${name(topic)}: ${format(topic.impact, t.noScore)} / ${format(topic.financial, t.noScore)}`,
    material: materialUnder(topic, thresholds),
    partial: topic.impact === null || topic.financial === null,
  }))
  const model: DmModel = {
    points,
    thresholds,
    axes: { impact: t.axisImpact, financial: t.axisFinancial, threshold: '' },
    min,
    onSelect: setSelected,
  }
  const canvas = useRef<HTMLCanvasElement>(null)
  const chart = useRef<{ update(model: DmModel): void; destroy(): void }>()
  useEffect(() => {
    let cancelled = false
    chartModule ??= import('./dm-chart-module.ts')
    chartModule.then(({ createDmChart }) => {
      if (cancelled || !canvas.current) return
      if (chart.current) chart.current.update(model)
      else chart.current = createDmChart(canvas.current, model)
    })
    return () => {
      cancelled = true
    }
  })
  useEffect(() => () => chart.current?.destroy(), [])
  const topic = topics.find((entry) => entry.issueId === selected)

  return (
    <section class="stack" aria-labelledby="dm-matrix">
      <h3 id="dm-matrix">{t.matrixTitle}</h3>
      {locked.impact !== null && locked.financial !== null ? (
        <p class="hint">
          {t.resultLead(
            thresholds.impact?.toFixed(1) ?? '',
            thresholds.financial?.toFixed(1) ?? '',
          )}
        </p>
      ) : (
        <p class="hint">{t.resultLeadPreset}</p>
      )}
      {locked.impact !== null && locked.financial !== null && (
        <DmWhatIf
          value={whatIf}
          locked={{ impact: locked.impact, financial: locked.financial }}
          onChange={setWhatIf}
        />
      )}
      <div class="dm-chart">
        <canvas ref={canvas} role="img" aria-label={t.matrixTitle} data-testid="dm-chart" />
      </div>
      <p class="hint">{t.partialNote}</p>
      <DmDownloads
        assessment={props.assessment}
        result={props.result}
        issues={props.issues}
        thresholds={thresholds}
        whatIf={thresholds.impact !== locked.impact || thresholds.financial !== locked.financial}
      />
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{t.topic}</th>
              <th scope="col">{t.impactScore}</th>
              <th scope="col">{t.financialScore}</th>
              <th scope="col">{s.viewsColumn}</th>
              <th scope="col">{t.material}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((entry) => {
              const material = materialUnder(entry, thresholds)
              return (
                <tr key={entry.issueId} class={material ? 'row--material' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      class="button button--quiet"
                      title={t.showIros(entry.code)}
                      onClick={() => setSelected(entry.issueId)}
                    >
                      {name(entry)}
                    </button>
                  </th>
                  <td>{format(entry.impact, t.noScore)}</td>
                  <td>{format(entry.financial, t.noScore)}</td>
                  <td>
                    {`${format(entry.stakeholderViews.impact.score, '–')} / ${format(entry.stakeholderViews.financial.score, '–')}`}
                    {entry.stakeholderViews.rationaleRequired && (
                      <span class="badge badge--review">{s.gapMarker}</span>
                    )}
                  </td>
                  <td>{material ? t.yes : t.no}</td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {topic && <DmTopicDetail topic={topic} name={name(topic)} iros={props.iros} />}
    </section>
  )
}

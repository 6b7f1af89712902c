import { dmComparisonText } from '#surveys/i18n/dm-comparison'
import { doubleText } from '#surveys/i18n/double-materiality'
import { comparisonText } from '#surveys/i18n/matrix'
import { useLocale } from '../../shared/locale.tsx'
import type { AssessmentDetail, Issue } from '../assessment-types.ts'
import { ArrowsChoice } from '../matrix/comparison-notes.tsx'
import { CompareSelect, ComparisonSummary } from '../matrix/year-over-year.tsx'
import { DmChart } from './dm-chart.tsx'
import { DmComparisonTable, useDmYear } from './dm-comparison.tsx'
import { DmDownloads } from './dm-downloads.tsx'
import { DmTopicDetail } from './dm-topic-detail.tsx'
import { DmTopicTable } from './dm-topic-table.tsx'
import { DmWhatIf } from './dm-what-if.tsx'
import type { DoubleMateriality, Iro } from './iro-types.ts'
import { useDmMatrix } from './use-dm-matrix.ts'

/**
 * The double-materiality matrix: impact against financial materiality, a point per topic,
 * the threshold lines, what-if thresholds that are never saved, and a topic's IROs on click.
 */
export function DmMatrix(props: {
  assessment: AssessmentDetail
  result: DoubleMateriality
  iros: Iro[]
  issues: Issue[]
}) {
  const { locale } = useLocale()
  const t = doubleText[locale]
  const c = comparisonText[locale]
  const year = useDmYear(props.assessment, props.result)
  const { locked, whatIf, setWhatIf, thresholds, topics, name, model, select, topic } = useDmMatrix(
    props.result,
    year,
  )

  return (
    <section class="stack" aria-labelledby="dm-matrix">
      <h3 id="dm-matrix">{t.matrixTitle}</h3>
      <CompareSelect
        assessment={props.assessment}
        value={year.previousId}
        onChange={year.setPreviousId}
        text={c}
        comparison={year.comparison}
      />
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
      {year.double?.basis === 'scores' && (
        <ArrowsChoice all={year.all} onChange={year.setAll} text={dmComparisonText[locale]} />
      )}
      <DmChart model={model} label={t.matrixTitle} />
      <p class="hint">{t.partialNote}</p>
      <DmDownloads
        assessment={props.assessment}
        result={props.result}
        issues={props.issues}
        thresholds={thresholds}
        whatIf={thresholds.impact !== locked.impact || thresholds.financial !== locked.financial}
      />
      <DmTopicTable topics={topics} thresholds={thresholds} name={name} onSelect={select} />
      {topic && <DmTopicDetail topic={topic} name={name(topic)} iros={props.iros} />}
      {year.view?.previous && year.double && (
        <DmComparisonTable double={year.double} previousName={year.view.previous.name} />
      )}
      {year.view && <ComparisonSummary view={year.view} locale={locale} text={c} />}
    </section>
  )
}

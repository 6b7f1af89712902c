import { useMemo } from 'preact/hooks'
import { doubleText } from '#surveys/i18n/double-materiality'
import type { Locale } from '#surveys/i18n/locales'
import { dmFigure } from '#surveys/reports/dm-figure'
import { type DmFigureData, sealedDmFigureInput } from '#surveys/reports/dm-figure-sealed'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { DmChart } from '../iros/dm-chart.tsx'
import { dmChartModel } from '../iros/dm-model.ts'
import { usePrintImage } from './report-figure.tsx'

/**
 * The double-materiality matrix of the report, from the sealed result: on screen the chart of
 * the IROs tab, for print the one matrix figure (dmFigure → matrix-svg.ts) as an image, both in
 * the report's language. Topics scored on one axis only are left out of both, as the caption
 * says (the printed figure has no key to list them).
 */
export function DmReportFigure(props: {
  data: DmFigureData
  assessment: MatrixView['assessment']
  locale: Locale
  caption: string
}) {
  const { data, assessment, locale } = props
  const t = doubleText[locale]
  const [view, options] = useMemo(
    () => dmFigure(sealedDmFigureInput(data, assessment, locale)),
    [data, assessment, locale],
  )
  const image = usePrintImage(view, options)
  const model = useMemo(
    () =>
      dmChartModel({
        topics: data.topics.filter((topic) => topic.impact !== null && topic.financial !== null),
        formula: data.formula,
        thresholds: data.thresholds,
        locale,
        onSelect: () => {},
      }),
    [data, locale],
  )
  return (
    <figure class="report-figure" data-figure="double-materiality">
      <div class="report-figure-screen">
        <DmChart model={model} label={t.matrixTitle} />
      </div>
      {image && (
        <img
          class="report-figure-print"
          src={image}
          alt={t.matrixTitle}
          data-testid="print-chart"
        />
      )}
      <figcaption class="report-caption">{props.caption}</figcaption>
    </figure>
  )
}

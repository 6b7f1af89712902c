import { useEffect, useState } from 'preact/hooks'
import { matrixText } from '#surveys/i18n/matrix'
import { plottedIssues } from '#surveys/reports/matrix-footnote'
import type { MatrixSvgOptions } from '#surveys/reports/matrix-svg'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { MatrixChart } from '../matrix/matrix-chart.tsx'

/**
 * The matrix figure of the report: the live chart on screen, and for print the figure
 * (surveys/reports/matrix-svg.ts, as in the PNG download and the evidence pack) as an image.
 * A canvas printed directly comes out blank or stretched in some browsers, and `beforeprint`
 * does not fire when a PDF is made headlessly, so the image is ready beforehand.
 */
export function ReportFigure(props: { view: MatrixView; caption: string }) {
  const { view } = props
  const text = matrixText[view.locale]
  const image = usePrintImage(view)
  return (
    <figure class="report-figure">
      <div class="report-figure-screen">
        <MatrixChart view={view} text={text} />
      </div>
      {image && (
        <img
          class="report-figure-print"
          src={image}
          alt={text.chartLabel(plottedIssues(view).length)}
          data-testid="print-chart"
        />
      )}
      <figcaption class="report-caption">{props.caption}</figcaption>
    </figure>
  )
}

/**
 * A PNG object URL of the figure for print, redrawn when the view or `options` (the double-
 * materiality figure's axes) change: no title or footnote (the report's caption and text say
 * them), the legend below the plot, 2400 px wide, sharp at the width of an A4 column.
 */
export function usePrintImage(view: MatrixView, options?: MatrixSvgOptions): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    let made: string | null = null
    // Both load on demand, the renderer with the PNG code, not with the page.
    Promise.all([import('../matrix/figure-png.ts'), import('#surveys/reports/matrix-svg')])
      .then(([{ matrixFigurePng }, { REPORT_FIGURE_OPTIONS }]) =>
        matrixFigurePng(view, { ...options, ...REPORT_FIGURE_OPTIONS }),
      )
      .then((blob) => {
        if (cancelled) return
        made = URL.createObjectURL(blob)
        setUrl(made)
      })
      .catch(() => {
        // The screen chart still prints, less crisply; nothing to tell the reader.
      })
    return () => {
      cancelled = true
      if (made) URL.revokeObjectURL(made)
    }
  }, [view, options])
  return url
}

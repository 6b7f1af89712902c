import { useEffect, useState } from 'preact/hooks'
import { matrixText } from '#surveys/i18n/matrix'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { plottedIssues } from '../matrix/chart-config.ts'

/**
 * The figure's drawing size: narrower than the PNG export, so that at the width of an A4 text
 * column (17 cm) its labels print at about 8 pt; 3× keeps it sharp (3300 × 2400 pixels).
 */
const FIGURE = { width: 1100, height: 800, pixelRatio: 3 }

import { MatrixChart } from '../matrix/matrix-chart.tsx'

/**
 * The matrix figure of the report: the live chart on screen, and for print the same chart drawn
 * off-screen at print resolution as an image. A canvas printed directly comes out blank or
 * stretched in some browsers (it keeps its screen size and is not redrawn for the page), and
 * `beforeprint` does not fire when a PDF is made headlessly, so the image is ready beforehand.
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

/** A PNG object URL of the chart at print size, redrawn when the view changes. */
function usePrintImage(view: MatrixView): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    let made: string | null = null
    import('../matrix/chart-module.ts')
      .then(({ renderMatrixPng }) =>
        renderMatrixPng(
          {
            view,
            text: matrixText[view.locale],
            print: { title: [], footnote: [] },
          },
          FIGURE,
        ),
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
  }, [view])
  return url
}

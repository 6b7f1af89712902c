import { useRef } from 'preact/hooks'
import { ASPECT_NAMES, ASPECTS } from '#surveys/domain/model'
import type { Comparison } from '#surveys/domain/year-over-year'
import type { MatrixText } from '#surveys/i18n/matrix'
import { ASPECT_STYLES } from '#surveys/reports/aspect-styles'
import { matrixFootnote, plottedIssues } from '#surveys/reports/matrix-footnote'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { Loading } from '../../shared/components/states.tsx'
import { useMatrixChart } from './use-matrix-chart.ts'

/**
 * The scatter of the matrix. chart.js is loaded on mount, the chart is created once, updated in
 * place when the scores change, and destroyed on unmount.
 */
export function MatrixChart(props: {
  view: MatrixView
  text: MatrixText
  /** Against an earlier year: arrows from last year's positions. */
  comparison?: Comparison | null
  /** Every issue's arrow, not only material issues' and large moves'. */
  allArrows?: boolean
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const { ready, unlabelled } = useMatrixChart(canvas, {
    view: props.view,
    text: props.text,
    comparison: props.comparison ?? null,
    allArrows: props.allArrows ?? false,
  })

  const plotted = plottedIssues(props.view)
  const { text } = props
  // The caption says what the figure's footnote says about the band and unplotted issues.
  const { band, notPlotted } = matrixFootnote(props.view, text)
  return (
    <figure class="matrix-figure">
      {!ready && <Loading label={text.chartLoading} />}
      <div class="matrix-canvas">
        <canvas
          ref={canvas}
          role="img"
          aria-label={text.chartLabel(plotted.length)}
          data-points={ready ? plotted.length : undefined}
          data-testid="matrix-chart"
        />
      </div>
      <figcaption>
        <MatrixLegend view={props.view} text={text} />
        {band && (
          <p class="hint matrix-band-note" data-testid="band-legend">
            {props.view.settings.borderline.mode !== 'off' && (
              <span class="legend-mark legend-mark--band" aria-hidden="true" />
            )}
            <span>{band}</span>
          </p>
        )}
        {notPlotted && <p class="hint">{notPlotted}</p>}
        {unlabelled.length > 0 && (
          <p class="hint" data-testid="unlabelled">
            {text.unlabelled(unlabelled.join(text.listSeparator))}
          </p>
        )}
      </figcaption>
    </figure>
  )
}

/** The key: each aspect's mark and colour, then the material and review marks. */
function MatrixLegend(props: { view: MatrixView; text: MatrixText }) {
  const { text } = props
  return (
    <ul class="matrix-legend" aria-label={text.legend}>
      {ASPECTS.map((aspect) => (
        <li key={aspect}>
          <span
            class={`legend-mark legend-mark--${ASPECT_STYLES[aspect].shape}`}
            style={{ background: ASPECT_STYLES[aspect].color }}
            aria-hidden="true"
          />
          {ASPECT_NAMES[aspect][props.view.locale]}
        </li>
      ))}
      <li>
        <span class="legend-mark legend-mark--material" aria-hidden="true" />
        {text.materialLegend}
      </li>
      <li>
        <span class="legend-mark legend-mark--review" aria-hidden="true" />
        {text.reviewLegend}
      </li>
    </ul>
  )
}

import type { DmModel } from './dm-chart-module.ts'
import { useDmChart } from './use-dm-chart.ts'

/** The double-materiality chart on its canvas, named for a screen reader by `label`. */
export function DmChart(props: { model: DmModel; label: string }) {
  const canvas = useDmChart(props.model)
  return (
    <div class="dm-chart">
      <canvas ref={canvas} role="img" aria-label={props.label} data-testid="dm-chart" />
    </div>
  )
}

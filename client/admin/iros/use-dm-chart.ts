import { useEffect, useRef } from 'preact/hooks'
import type { DmModel } from './dm-chart-module.ts'

let chartModule: Promise<typeof import('./dm-chart-module.ts')> | undefined

/**
 * The double-materiality chart on a canvas: chart.js loaded (a separate chunk) once, the chart
 * created on the first render it arrives for, updated in place on every later one, destroyed on
 * unmount. Returns the ref for the canvas.
 */
export function useDmChart(model: DmModel) {
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
  return canvas
}

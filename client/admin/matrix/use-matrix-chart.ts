import type { RefObject } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'
import type { ChartModel } from './chart-config.ts'
import type { MatrixChart as ChartHandle } from './chart-module.ts'

let chartModule: Promise<typeof import('./chart-module.ts')> | undefined

/**
 * Starts loading chart.js (a separate chunk) once; the matrix tab calls it as it opens, so the
 * chunk arrives while the matrix is still being fetched instead of after it.
 */
export function loadChartModule() {
  chartModule ??= import('./chart-module.ts')
  return chartModule
}

/**
 * The chart on a canvas: chart.js loaded on mount, the chart created once, updated in place when
 * the model changes, destroyed on unmount. `unlabelled` are the numbers the chart had no room
 * to label (a phone's crowded middle), for the caption to list.
 */
export function useMatrixChart(canvas: RefObject<HTMLCanvasElement>, model: ChartModel) {
  const chart = useRef<ChartHandle | null>(null)
  const latest = useRef<ChartModel>(model)
  const [ready, setReady] = useState(false)
  const [unlabelled, setUnlabelled] = useState<string[]>([])
  latest.current = model

  useEffect(() => {
    const element = canvas.current
    const listen = () =>
      setUnlabelled((element?.dataset.unlabelled ?? '').split(' ').filter(Boolean))
    element?.addEventListener('matrix-labels', listen)
    return () => element?.removeEventListener('matrix-labels', listen)
  }, [])

  useEffect(() => {
    let cancelled = false
    loadChartModule().then(({ createMatrixChart }) => {
      if (cancelled || !canvas.current) return
      chart.current = createMatrixChart(canvas.current, latest.current)
      setReady(true)
    })
    return () => {
      cancelled = true
      chart.current?.destroy()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.update(latest.current)
  }, [model.view, model.text, model.comparison, model.allArrows])

  return { ready, unlabelled }
}

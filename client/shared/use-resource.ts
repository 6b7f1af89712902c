import { useCallback, useEffect, useRef, useState } from 'preact/hooks'

export type Resource<T> =
  | { state: 'loading'; reload(): void }
  | { state: 'error'; error: unknown; reload(): void }
  | { state: 'ready'; data: T; reload(): void; refreshing: boolean }

/**
 * Loads data for a page and keeps the last good copy while reloading, so a refresh never
 * blanks the screen. `pollMs` refreshes in the background (e.g. a live dashboard).
 */
export function useResource<T>(
  load: () => Promise<T>,
  deps: unknown[],
  pollMs?: number,
): Resource<T> {
  const [result, setResult] = useState<{ data?: T; error?: unknown; loading: boolean }>({
    loading: true,
  })
  const generation = useRef(0)
  const run = useCallback(() => {
    const mine = ++generation.current
    setResult((previous) => ({ ...previous, loading: true }))
    load().then(
      (data) => mine === generation.current && setResult({ data, loading: false }),
      (error: unknown) =>
        mine === generation.current &&
        setResult((previous) => ({ ...previous, error, loading: false })),
    )
  }, deps)
  useEffect(() => {
    setResult({ loading: true })
    run()
  }, [run])
  useEffect(() => {
    if (!pollMs) return
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') run()
    }, pollMs)
    return () => clearInterval(timer)
  }, [run, pollMs])
  if (result.data !== undefined)
    return { state: 'ready', data: result.data, reload: run, refreshing: result.loading }
  if (result.error !== undefined) return { state: 'error', error: result.error, reload: run }
  return { state: 'loading', reload: run }
}

/**
 * PGlite runs in the Node main thread: while one of its statements runs, nothing else does, not
 * even reading a request or firing a timer. Work over many rows (folding the running sums,
 * reading an evidence pack's responses) therefore goes in chunks sized to take about
 * CHUNK_TARGET_MS each, yielding to the event loop between them, so a respondent's submit or a
 * health check waits for one chunk at most.
 */
const CHUNK_TARGET_MS = 40

export interface ChunkLimits {
  first: number
  min: number
  max: number
}

/**
 * The next chunk size, aiming at CHUNK_TARGET_MS whatever the machine's speed: at most double
 * or half the last one, within the limits.
 * @example nextChunkSize(200, 80, { first: 200, min: 50, max: 5000 }) // 100
 */
export function nextChunkSize(size: number, tookMs: number, limits: ChunkLimits): number {
  const scaled = (size * CHUNK_TARGET_MS) / Math.max(tookMs, 1)
  const next = Math.min(size * 2, Math.max(size / 2, scaled))
  return Math.round(Math.min(limits.max, Math.max(limits.min, next)))
}

/**
 * Lets pending I/O (an incoming request) and its queries run before the next chunk. A promise
 * alone would not: its continuation runs before any timer or socket callback.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

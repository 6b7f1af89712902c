import type { AppConfig } from './context.ts'

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
}

const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const

/** JSON lines on stdout/stderr; one object per event, easy to ship to any log store. */
export function createLogger(level: AppConfig['logLevel']): Logger {
  const threshold = LEVELS.indexOf(level)
  const write =
    (at: (typeof LEVELS)[number]) => (message: string, fields?: Record<string, unknown>) => {
      if (LEVELS.indexOf(at) < threshold) return
      const line = JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields })
      if (at === 'error' || at === 'warn') console.error(line)
      else console.log(line)
    }
  return { debug: write('debug'), info: write('info'), warn: write('warn'), error: write('error') }
}

/** Survey tokens travel in paths; logs must never carry them. */
export function redactPath(path: string): string {
  return path.replace(/^(\/api\/survey\/|\/s\/)[^/?]+/, '$1[token]')
}

/** What a log line may say about an error. */
export type ErrorFields = {
  error: string
  code?: string
  stack?: string
}

/**
 * An error as a log may carry it: its kind, database code, message and stack frames, but never
 * the SQL or its parameters. drizzle's errors read "Failed query: … params: …", and the
 * parameters hold email addresses, token hashes and answers; the driver's own error (the cause)
 * says what went wrong without them.
 */
export function describeError(error: unknown): ErrorFields {
  const root = isQueryError(error) && error.cause !== undefined ? error.cause : error
  const fields: ErrorFields = {
    error: root instanceof Error ? `${root.name}: ${root.message}` : String(root),
  }
  const code = (root as { code?: unknown } | null)?.code
  if (typeof code === 'string') fields.code = code
  // Only the frames: the first line of a stack repeats the message, SQL and parameters included.
  const frames = error instanceof Error ? stackFrames(error.stack) : ''
  if (frames) fields.stack = frames
  return fields
}

function isQueryError(error: unknown): error is Error & { cause?: unknown } {
  return error instanceof Error && 'params' in error && 'query' in error
}

const stackFrames = (stack = '') =>
  stack
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n')

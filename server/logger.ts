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

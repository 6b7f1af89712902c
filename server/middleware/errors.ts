import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { AppEnv } from '../context.ts'
import { DomainError } from '../errors.ts'
import { describeError, type Logger } from '../logger.ts'

/** The one place errors become HTTP: DomainErrors as they are, the rest as a bare 500. */
export function errorHandler(logger: Logger) {
  return (error: Error, c: Context<AppEnv>) => {
    if (error instanceof DomainError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value)
      return c.json(errorBody(error.code, error.message, error.fields, error.details), error.status)
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(errorBody(codeFor(error), error.message || 'Bad request.'), error.status)
    }
    if (isPostgresInputError(error)) {
      return c.json(errorBody('invalid', 'The request could not be stored as sent.'), 400)
    }
    if (isConstraintViolation(error)) {
      // A race or a rule our checks missed: the database refused it, so it is a conflict with
      // the stored state, not a server fault. Logged, since a service should have caught it.
      logger.warn('constraint violation', {
        requestId: c.get('requestId'),
        ...describeError(error),
      })
      return c.json(
        errorBody('conflict', 'That conflicts with what is stored. Reload and try again.'),
        409,
      )
    }
    const requestId = c.get('requestId')
    if (isDatabaseUnavailable(error)) {
      // An outage, not a bug: say so, and let clients and balancers retry elsewhere or later.
      logger.error('database unavailable', { requestId, ...describeError(error) })
      c.header('Retry-After', '5')
      return c.json(
        errorBody('unavailable', `The service is briefly unavailable. Reference: ${requestId}.`),
        503,
      )
    }
    logger.error('unhandled error', { requestId, ...describeError(error) })
    return c.json(
      errorBody('internal', `Something went wrong on our side. Reference: ${requestId}.`),
      500,
    )
  }
}

export function notFoundHandler(c: Context<AppEnv>) {
  return c.json(errorBody('not_found', `No route for ${c.req.method} ${c.req.path}.`), 404)
}

export function errorBody(
  code: string,
  message: string,
  fields?: Record<string, string[]>,
  details?: Record<string, string>,
) {
  return { error: { ...details, code, message, ...(fields ? { fields } : {}) } }
}

function codeFor({ status, message }: HTTPException): string {
  // hono's validator parses JSON before our schema sees it and raises this one itself.
  if (status === 400 && message.startsWith('Malformed JSON')) return 'invalid_json'
  return status === 400 ? 'invalid' : 'error'
}

/**
 * Data errors PostgreSQL raises for values our validation should have caught (class 22:
 * out-of-range numbers, bad encodings). Answer them as bad input, never as a 500.
 */
function isPostgresInputError(error: Error): boolean {
  return postgresCode(error)?.startsWith('22') ?? false
}

/** Class 23: unique, foreign key, check and not-null violations. */
function isConstraintViolation(error: Error): boolean {
  return postgresCode(error)?.startsWith('23') ?? false
}

// Connection failures: the driver's (postgres.js, Node's socket errors) and PostgreSQL's own
// (class 08 connection exception, 57P01–57P03 shutting down, 3D000 the database is gone, 53300
// too many connections).
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  '57P01',
  '57P02',
  '57P03',
  '3D000',
  '53300',
])

/** The database cannot be reached or has gone away (PGlite: closed). */
function isDatabaseUnavailable(error: Error): boolean {
  const code = postgresCode(error)
  if (code && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true
  const cause = error.cause instanceof Error ? error.cause : error
  return cause.message === 'PGlite is closed'
}

function postgresCode(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code ?? (error.cause as { code?: unknown })?.code
  return typeof code === 'string' ? code : undefined
}

import { type Context, Hono, type MiddlewareHandler, type Next } from 'hono'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import type { Database } from '#db/client'
import {
  type AppConfig,
  type AppDeps,
  type AppEnv,
  type Clock,
  defaultConfig,
  systemClock,
} from './context.ts'
import { DomainError } from './errors.ts'
import { createLogger, redactPath } from './logger.ts'
import { limitBody } from './middleware/body-limit.ts'
import { compressLargeJson } from './middleware/compress.ts'
import { errorHandler, notFoundHandler } from './middleware/errors.ts'
import { requirePasswordChange } from './middleware/password-change.ts'
import { sameOrigin } from './middleware/same-origin.ts'
import { loadSession } from './middleware/session.ts'
import { assessmentsRoutes } from './routes/assessments.ts'
import { auditRoutes } from './routes/audit.ts'
import { authRoutes } from './routes/auth.ts'
import { clientPages } from './routes/client-pages.ts'
import { commentsRoutes } from './routes/comments.ts'
import { comparisonRoutes } from './routes/comparison.ts'
import { confirmationRoutes } from './routes/confirmation.ts'
import { contactsRoutes } from './routes/contacts.ts'
import { evidenceRoutes } from './routes/evidence.ts'
import { exportsRoutes } from './routes/exports.ts'
import { healthRoutes } from './routes/health.ts'
import { invitationsRoutes } from './routes/invitations.ts'
import { matrixRoutes } from './routes/matrix.ts'
import { membersRoutes } from './routes/members.ts'
import { retentionRoutes } from './routes/retention.ts'
import { surveyRoutes } from './routes/survey.ts'

export interface CreateAppOptions {
  database: Database
  clock?: Clock
  config?: Partial<AppConfig>
}

const MAX_BODY_BYTES = 1024 * 1024

/** Builds the whole HTTP app from its dependencies; nothing here listens or reads the env. */
export function createApp(options: CreateAppOptions) {
  const deps: AppDeps = {
    database: options.database,
    clock: options.clock ?? systemClock,
    config: { ...defaultConfig, ...options.config },
  }
  const logger = createLogger(deps.config.logLevel)
  const app = new Hono<AppEnv>()
  app.onError(errorHandler(logger))
  app.notFound(notFoundHandler)
  app.use(requestId())
  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    logger.debug('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      path: redactPath(c.req.path),
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    })
  })
  app.use(secureHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY }))
  app.route('/', healthRoutes(deps))

  app.use('/api/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    await next()
  })
  app.use('/api/*', compressLargeJson())
  app.use('/api/*', limitBody(MAX_BODY_BYTES, tooLarge))
  app.use('/api/*', adminOnly(sameOrigin(deps.config)))
  app.use('/api/*', adminOnly(loadSession(deps)))
  app.use('/api/*', adminOnly(requirePasswordChange()))
  app.route('/api/auth', authRoutes(deps))
  app.route('/api/assessments', assessmentsRoutes(deps))
  app.route('/api/survey', surveyRoutes(deps))
  app.route('/api/assessments', auditRoutes(deps))
  app.route('/api/organisations', membersRoutes(deps))
  app.route('/api/organisations', contactsRoutes(deps))
  app.route('/api/assessments', matrixRoutes(deps))
  app.route('/api/assessments', comparisonRoutes(deps))
  app.route('/api/assessments', exportsRoutes(deps))
  app.route('/api/assessments', retentionRoutes(deps))
  app.route('/api/assessments', confirmationRoutes(deps))
  app.route('/api/assessments', evidenceRoutes(deps))
  app.route('/api/assessments', commentsRoutes(deps))
  app.route('/api/assessments', invitationsRoutes(deps))
  app.all('/api/*', notFoundHandler)
  app.route('/', clientPages(deps.config.clientDir))
  return app
}

export type App = ReturnType<typeof createApp>

const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
}

function tooLarge(): never {
  throw new DomainError(413, 'payload_too_large', 'The request body is larger than 1 MB.')
}

/** Survey routes are public and token-based: no session, no cookie, so no CSRF check. */
function adminOnly(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next: Next) => {
    if (c.req.path.startsWith('/api/survey/')) return next()
    return middleware(c, next)
  }
}

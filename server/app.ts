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
  type MailQueue,
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
import { groupsRoutes } from './routes/groups.ts'
import { healthRoutes } from './routes/health.ts'
import { invitationsRoutes } from './routes/invitations.ts'
import { iroAssignmentsRoutes } from './routes/iro-assignments.ts'
import { irosRoutes } from './routes/iros.ts'
import { issuesRoutes } from './routes/issues.ts'
import { linksRoutes } from './routes/links.ts'
import { matrixRoutes } from './routes/matrix.ts'
import { membersRoutes } from './routes/members.ts'
import { messageTemplatesRoutes } from './routes/message-templates.ts'
import { responseTrackingRoutes } from './routes/response-tracking.ts'
import { retentionRoutes } from './routes/retention.ts'
import { surveyRoutes } from './routes/survey.ts'
import { unsubscribeRoutes } from './routes/unsubscribe.ts'

export interface CreateAppOptions {
  database: Database
  clock?: Clock
  config?: Partial<AppConfig>
  /** The mail queue when SMTP is configured (server/services/mail-queue.ts). */
  mail?: MailQueue | undefined
}

const MAX_BODY_BYTES = 1024 * 1024

/** Builds the whole HTTP app from its dependencies; nothing here listens or reads the env. */
export function createApp(options: CreateAppOptions) {
  const deps: AppDeps = {
    database: options.database,
    clock: options.clock ?? systemClock,
    config: { ...defaultConfig, ...options.config },
    mail: options.mail,
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
  const routes = app.route('/api', apiRoutes(deps))
  app.all('/api/*', notFoundHandler)
  app.route('/', clientPages(deps.config.clientDir))
  return routes
}

/**
 * Every /api route, mounted the same way: a resource's file at the path it serves, an
 * assessment's parts at /assessments/:id. One chain, so its type lists every route: the
 * clients' `hc<AppType>` reads paths, bodies and answers from it (client/shared/api.ts).
 */
function apiRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .route('/auth', authRoutes(deps))
    .route('/survey', surveyRoutes(deps))
    .route('/mail', unsubscribeRoutes(deps))
    .route('/organisations/:id', membersRoutes(deps))
    .route('/organisations/:id', contactsRoutes(deps))
    .route('/assessments', assessmentsRoutes(deps))
    .route('/assessments/:id', issuesRoutes(deps))
    .route('/assessments/:id', groupsRoutes(deps))
    .route('/assessments/:id', linksRoutes(deps))
    .route('/assessments/:id', responseTrackingRoutes(deps))
    .route('/assessments/:id', auditRoutes(deps))
    .route('/assessments/:id', matrixRoutes(deps))
    .route('/assessments/:id', comparisonRoutes(deps))
    .route('/assessments/:id', exportsRoutes(deps))
    .route('/assessments/:id', retentionRoutes(deps))
    .route('/assessments/:id', confirmationRoutes(deps))
    .route('/assessments/:id', evidenceRoutes(deps))
    .route('/assessments/:id', commentsRoutes(deps))
    .route('/assessments/:id', invitationsRoutes(deps))
    .route('/assessments/:id', messageTemplatesRoutes(deps))
    .route('/assessments/:id', irosRoutes(deps))
    .route('/assessments/:id', iroAssignmentsRoutes(deps))
}

export type App = ReturnType<typeof createApp>

/** The HTTP API as the clients see it: `hc<AppType>('/')` (see client/shared/api.ts). */
export type AppType = App

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

/**
 * Survey and unsubscribe routes are public and token-based: no session, no cookie, so no CSRF
 * check (a mail client's one-click unsubscribe sends no Origin).
 */
function adminOnly(middleware: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c: Context<AppEnv>, next: Next) => {
    if (c.req.path.startsWith('/api/survey/') || c.req.path.startsWith('/api/mail/')) return next()
    return middleware(c, next)
  }
}

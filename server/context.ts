import type { Database } from '#db/client'
import type { Role } from '#surveys/domain/model'

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

export interface AppConfig {
  /** The address links are built on; without it, the request's own origin is used. */
  publicUrl?: string | undefined
  /** Hosts whose Host header may build links when there is no publicUrl (see link-origin.ts). */
  allowedHosts?: readonly string[] | undefined
  /** NODE_ENV=production: links only from publicUrl or an allowed host, never any Host. */
  production: boolean
  /** Behind a reverse proxy: trust X-Forwarded-For / X-Forwarded-Proto. */
  trustProxy: boolean
  /** The built client (dist/client); without it only the API is served. */
  clientDir?: string | undefined
  /** scrypt cost as log2(N); lower only in tests. */
  passwordCostLog2: number
  sessionTtlHours: number
  /**
   * Survey submits allowed per client address per minute (a whole office may share one);
   * 100000 or more: no limit.
   */
  submitsPerAddressPerMinute: number
  /** Unsubmitted drafts one client address may hold on one open link (an office shares one). */
  draftsPerAddress: number
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent'
  /**
   * How long a confirmation waits for survey inserts still in flight before it answers 503 and
   * seals nothing (PostgreSQL; inserts take milliseconds, so only a stuck transaction hits it).
   */
  sealWaitMs: number
}

export const defaultConfig: AppConfig = {
  production: false,
  trustProxy: false,
  passwordCostLog2: 16,
  sessionTtlHours: 24 * 7,
  submitsPerAddressPerMinute: 600,
  draftsPerAddress: 50,
  logLevel: 'info',
  sealWaitMs: 10_000,
}

/** Hands queued messages to the mail workers (server/services/mail-queue.ts); unset: no SMTP. */
export interface MailQueue {
  enqueue(messageIds: readonly number[]): Promise<void>
}

/** What createApp is built from: every route and service gets these and nothing global. */
export interface AppDeps {
  database: Database
  clock: Clock
  config: AppConfig
  /** Set when SMTP_URL is: messages go out by email. Unset: they wait in the outbox. */
  mail?: MailQueue | undefined
}

export interface SessionUser {
  id: number
  email: string
  name: string
  /** A password someone else chose: only me, logout and password answer until it changes. */
  mustChangePassword: boolean
  tokenHash: Buffer
  /** `name`: what that organisation calls the user, never the account's own name. */
  memberships: { organisationId: number; organisationName: string; role: Role; name: string }[]
}

/**
 * The name an organisation knows a user by: its membership's, else the email it added.
 * @example nameIn(user, assessment.organisationId) // 'Our consultant'
 */
export function nameIn(user: SessionUser, organisationId: number): string {
  return user.memberships.find((m) => m.organisationId === organisationId)?.name ?? user.email
}

export interface AppEnv {
  Variables: {
    requestId: string
    user: SessionUser | undefined
  }
}

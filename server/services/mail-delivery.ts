import { claimMessage, failInterrupted, markContactBounced, recordSend } from '#db/queries/messages'
import { recordAttempt, secondsUntilFree } from '#db/queries/rate-limits'
import type { AppDeps } from '../context.ts'
import { composeEmail, type Email } from './mail-compose.ts'
import { unsubscribeToken } from './unsubscribe.ts'

/** Sends one email; nodemailer's transport in production, anything alike in tests. */
export interface Transport {
  sendMail(email: Email): Promise<unknown>
}

export interface MailSettings {
  from: string
  /** Where links point: PUBLIC_URL. */
  origin: string
  perMinute: number
}

/** What became of one delivery attempt; `retry` asks the queue to try again later. */
export type Delivery =
  | { outcome: 'sent' | 'bounced' | 'failed' | 'skipped' }
  | { outcome: 'retry'; error: string }
  | { outcome: 'throttled'; retryInSeconds: number }

const INTERRUPTED =
  'Interrupted while sending (the worker stopped): not sent again, so that nobody gets it twice. It may or may not have arrived.'

/** The SMTP reply of a failure, or what went wrong before there was one. */
function replyOf(error: unknown): { code?: number; text: string; beforeData: boolean } {
  const e = error as { responseCode?: number; response?: string; message?: string; code?: string }
  const text = e.response ?? e.message ?? String(error)
  // A reply code means the server refused and took nothing; a failure to connect or log in
  // happens before a message is handed over. Anything else (a connection lost mid-way) may
  // have delivered it.
  const beforeData =
    e.responseCode !== undefined || ['ECONNECTION', 'EDNS', 'EAUTH'].includes(e.code ?? '')
  return { ...(e.responseCode ? { code: e.responseCode } : {}), text, beforeData }
}

/**
 * Delivers one queued message at most once: it is claimed (one statement) before the SMTP
 * conversation and its outcome recorded after. A claim without an outcome means a worker died
 * mid-send: the message is marked failed, never sent again. A permanent refusal (5xx) marks
 * the message and its contact bounced; a temporary one (4xx) releases the claim for a retry.
 * MAIL_PER_MINUTE is one sliding window in PostgreSQL, shared by every instance.
 */
export async function deliverMessage(
  deps: AppDeps,
  transport: Transport,
  settings: MailSettings,
  messageId: number,
  /** A claim this old without an outcome is a worker that died (the queue's expiry). */
  staleAfterMs = 60_000,
): Promise<Delivery> {
  const { db } = deps.database
  const now = deps.clock.now()
  const window = { max: settings.perMinute, windowSeconds: 60 }
  if (!(await recordAttempt(db, 'mail:send', window, now))) {
    return {
      outcome: 'throttled',
      retryInSeconds: await secondsUntilFree(db, 'mail:send', window, now),
    }
  }
  const message = await claimMessage(db, messageId, now)
  if (!message) {
    await failInterrupted(db, messageId, new Date(now.getTime() - staleAfterMs), INTERRUPTED)
    return { outcome: 'skipped' }
  }
  if (message.blocked || !(message.token || message.test)) {
    const reason = message.blocked
      ? 'Not sent: the contact unsubscribed, bounced or was deactivated.'
      : 'Not sent: the link was used already.'
    await recordSend(db, message.id, { status: 'failed', error: reason })
    return { outcome: 'failed' }
  }
  const email = composeEmail(message, {
    from: settings.from,
    origin: settings.origin,
    unsubscribeToken:
      message.contactId === null ? undefined : await unsubscribeToken(deps, message.contactId),
  })
  try {
    await transport.sendMail(email)
  } catch (error) {
    const reply = replyOf(error)
    if (reply.code !== undefined && reply.code >= 500) {
      await recordSend(db, message.id, { status: 'bounced', error: reply.text })
      if (message.contactId !== null) {
        await markContactBounced(db, message.contactId, deps.clock.now())
      }
      return { outcome: 'bounced' }
    }
    if (!reply.beforeData) {
      await recordSend(db, message.id, {
        status: 'failed',
        error: `${reply.text} (${INTERRUPTED})`,
      })
      return { outcome: 'failed' }
    }
    await recordSend(db, message.id, { status: 'queued', error: reply.text })
    return { outcome: 'retry', error: reply.text }
  }
  await recordSend(db, message.id, { status: 'sent', at: deps.clock.now() })
  return { outcome: 'sent' }
}

/** The last try of a message failed for a passing reason: it stays unsent, as failed. */
export async function giveUp(deps: AppDeps, messageId: number, error: string) {
  await recordSend(deps.database.db, messageId, { status: 'failed', error })
}

import { PgBoss } from 'pg-boss'
import { listUnclaimedMessageIds } from '#db/queries/messages'
import type { AppDeps, MailQueue } from '../context.ts'
import { deliverMessage, giveUp, type MailSettings, type Transport } from './mail-delivery.ts'

const QUEUE = 'mail'

export interface QueueOptions {
  /** postgres:// URL on PostgreSQL; unset on PGlite (pg-boss then runs through its client). */
  url?: string | undefined
  /** Tries after the first, with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number
  retryDelaySeconds?: number
  /** A job whose worker vanished (killed) is handed out again after this long. */
  expireInSeconds?: number
  pollingIntervalSeconds?: number
}

interface PgliteClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>
  exec(text: string): Promise<{ rows: unknown[] }[]>
}

/** pg-boss's `db` adapter over PGlite: one statement with parameters, or a script without. */
function pgliteAdapter(client: PgliteClient) {
  return {
    async executeSql(text: string, values?: unknown[]) {
      if (values && values.length > 0) return client.query(text, values)
      const results = await client.exec(text)
      return { rows: results.at(-1)?.rows ?? [] }
    },
  }
}

/**
 * The mail queue: pg-boss on the app's own PostgreSQL (schema `pgboss`), so any number of
 * instances share it; each runs a worker that takes one job at a time. A job names a message;
 * deliverMessage makes sending it at-most-once whatever pg-boss retries or re-delivers.
 */
export async function startMailQueue(
  deps: AppDeps,
  transport: Transport,
  settings: MailSettings,
  options: QueueOptions = {},
): Promise<MailQueue & { stop(): Promise<void> }> {
  const expireInSeconds = options.expireInSeconds ?? 90
  // Expired jobs (a killed worker's) are found by pg-boss's supervisor: look as often as needed.
  const common = { schema: 'pgboss', superviseIntervalSeconds: Math.min(60, expireInSeconds) }
  const boss = options.url
    ? new PgBoss({ connectionString: options.url, max: 2, ...common })
    : new PgBoss({
        db: pgliteAdapter((deps.database.db as unknown as { $client: PgliteClient }).$client),
        ...common,
      })
  boss.on('error', () => {})
  await boss.start()
  if (!(await boss.getQueue(QUEUE))) {
    await boss.createQueue(QUEUE, {
      retryLimit: options.retryLimit ?? 5,
      retryDelay: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds,
    })
  }
  const staleAfterMs = Math.max(1, expireInSeconds - 1) * 1000
  await boss.work<{ messageId: number }>(
    QUEUE,
    {
      batchSize: 1,
      includeMetadata: true,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
    },
    async ([job]) => {
      if (!job) return
      const { messageId } = job.data
      const result = await deliverMessage(deps, transport, settings, messageId, staleAfterMs)
      if (result.outcome === 'throttled') {
        await boss.sendAfter(QUEUE, { messageId }, null, result.retryInSeconds)
      } else if (result.outcome === 'retry') {
        const { retryCount, retryLimit } = job as unknown as {
          retryCount: number
          retryLimit: number
        }
        if (retryCount >= retryLimit) await giveUp(deps, messageId, result.error)
        else throw new Error(result.error)
      }
    },
  )
  const enqueue = async (ids: readonly number[]) => {
    if (ids.length > 0)
      await boss.insert(
        QUEUE,
        ids.map((messageId) => ({ data: { messageId } })),
      )
  }
  // Messages queued while no worker ran, or whose hand-over was lost: a second job for one
  // is harmless (the claim lets one through).
  await enqueue(await listUnclaimedMessageIds(deps.database.db, 100_000))
  return { enqueue, stop: () => boss.stop({ graceful: true, timeout: 5000 }) }
}

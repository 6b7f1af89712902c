import { eq, type SQL, sql } from 'drizzle-orm'
import type { LinkKind, LinkState } from '#surveys/schemas/links'
import { type Executor, queryRows } from '../client.ts'
import { surveyLinks } from '../schema.ts'

export type SurveyLink = typeof surveyLinks.$inferSelect

const HASH_BYTES = 32

export interface LinkBatch {
  assessmentId: number
  groupId: number
  kind: LinkKind
  /** SHA-256 token hashes, one per link. */
  tokenHashes: Buffer[]
  /** An open link's token in clear (one link); null for single-use links. */
  openToken?: string | null
  maxResponses: number | null
  expiresAt: Date | null
  createdBy: number
}

/**
 * Inserts one link per hash in a single statement, however many: the hashes travel as one
 * bytea parameter that PostgreSQL cuts into 32-byte pieces. Returns each new id with its hash.
 */
export async function insertLinkBatch(db: Executor, batch: LinkBatch) {
  const rows = await queryRows<{ id: number; token_hash: Uint8Array }>(
    db,
    sql`
      INSERT INTO survey_links
        (assessment_id, group_id, kind, token_hash, open_token, max_responses, expires_at, created_by)
      SELECT ${batch.assessmentId}::bigint, ${batch.groupId}::bigint, ${batch.kind}::link_kind,
        substring(${Buffer.concat(batch.tokenHashes)}::bytea FROM (i - 1) * ${HASH_BYTES} + 1 FOR ${HASH_BYTES}),
        ${batch.openToken ?? null}::text,
        ${batch.maxResponses}::int, ${batch.expiresAt?.toISOString() ?? null}::timestamptz, ${batch.createdBy}::bigint
      FROM generate_series(1, ${batch.tokenHashes.length}::int) AS i
      ORDER BY i
      RETURNING id::float8 AS id, token_hash`,
  )
  return rows.map((row) => ({ id: row.id, tokenHash: Buffer.from(row.token_hash) }))
}

export async function updateLink(
  db: Executor,
  linkId: number,
  values: Partial<
    Pick<SurveyLink, 'tokenHash' | 'openToken' | 'expiresAt' | 'revokedAt' | 'maxResponses'>
  >,
): Promise<void> {
  await db.update(surveyLinks).set(values).where(eq(surveyLinks.id, linkId))
}

/** A link with what it has collected and the state that follows (see LINK_STATES). */
export interface LinkWithState {
  id: number
  assessmentId: number
  groupId: number
  groupKey: string
  kind: LinkKind
  /** An open link's token, kept so it can be shown again; null for single-use links. */
  openToken: string | null
  createdAt: Date
  expiresAt: Date | null
  revokedAt: Date | null
  maxResponses: number | null
  /** Submitted responses through this link. */
  completions: number
  /** Whether a saved draft exists. */
  drafted: boolean
  state: LinkState
}

interface LinkRow {
  id: number
  assessment_id: number
  group_id: number
  group_key: string
  kind: LinkKind
  open_token: string | null
  created_at: number
  expires_at: number | null
  revoked_at: number | null
  max_responses: number | null
  completions: number
  drafted: boolean
  state: LinkState
}

/**
 * A link's state at `now` from its kind, expiry, revocation, cap, `completions` and `drafted`.
 * Answered beats revoked and expired for a single-use link: it did its job.
 */
const stateAt = (now: Date) => sql`CASE
  WHEN kind = 'single-use' AND completions > 0 THEN 'completed'
  WHEN revoked_at IS NOT NULL THEN 'revoked'
  WHEN expires_at <= ${now.toISOString()}::timestamptz THEN 'expired'
  WHEN kind = 'open' AND completions >= max_responses THEN 'completed'
  WHEN drafted OR completions > 0 THEN 'started'
  ELSE 'unused'
END`

/**
 * Links matching `where` (on `l`, the link, and `g`, its group) with their state at `now`,
 * looked up link by link (quick for a page, slow for thousands: see countLinks). `inner` orders the
 * links before their states are worked out, so a LIMIT in `tail` stops the work early.
 */
function linkStates(where: SQL, now: Date, parts: { inner?: SQL; tail?: SQL } = {}) {
  return sql`
    WITH s AS (
      SELECT l.id, l.assessment_id, l.group_id, g.key AS group_key, l.kind, l.open_token,
        l.created_at,
        l.expires_at, l.revoked_at, l.max_responses,
        (SELECT count(*) FROM responses r WHERE r.link_id = l.id) AS completions,
        EXISTS (SELECT 1 FROM drafts d WHERE d.link_id = l.id) AS drafted
      FROM survey_links l JOIN stakeholder_groups g ON g.id = l.group_id
      WHERE ${where} ${parts.inner ?? sql``}
    ), t AS (
      SELECT s.*, ${stateAt(now)} AS state FROM s
    )
    SELECT id::float8 AS id, assessment_id::float8 AS assessment_id, group_id::float8 AS group_id,
      group_key, kind, open_token, ${epochMs('created_at')}, ${epochMs('expires_at')}, ${epochMs('revoked_at')},
      max_responses, completions::int AS completions, drafted, state
    FROM t ${parts.tail ?? sql``}`
}

// Drivers return timestamps differently (Date or text); epoch milliseconds read the same.
const epochMs = (column: string) =>
  sql.raw(`(extract(epoch FROM ${column}) * 1000)::float8 AS ${column}`)

const toDate = (value: number | null) => (value === null ? null : new Date(value))

function toLink(row: LinkRow): LinkWithState {
  return {
    id: row.id,
    assessmentId: row.assessment_id,
    groupId: row.group_id,
    groupKey: row.group_key,
    kind: row.kind,
    openToken: row.open_token,
    createdAt: new Date(row.created_at),
    expiresAt: toDate(row.expires_at),
    revokedAt: toDate(row.revoked_at),
    maxResponses: row.max_responses,
    completions: row.completions,
    drafted: row.drafted,
    state: row.state,
  }
}

export async function findLink(
  db: Executor,
  assessmentId: number,
  linkId: number,
  now: Date,
): Promise<LinkWithState | undefined> {
  const where = sql`l.assessment_id = ${assessmentId} AND l.id = ${linkId}`
  const [row] = await queryRows<LinkRow>(db, linkStates(where, now))
  return row && toLink(row)
}

export interface LinkFilter {
  group?: string | undefined
  kind?: LinkKind | undefined
  status?: LinkState | undefined
  /** Where the page starts: links older (smaller id) or newer than this one; none for the newest. */
  cursor?: LinkCursor | undefined
  limit: number
}

export interface LinkCursor {
  direction: 'older' | 'newer'
  id: number
}

/**
 * A page of an assessment's links, newest first, by keyset: the page after a cursor is the
 * `limit` links just past its id, so links made meanwhile (larger ids) never shift a page and
 * no link is skipped or repeated. Each state is worked out only for the links looked at, so a
 * page costs about the same at any depth. `older`/`newer` say whether more lie either side.
 */
export async function listLinks(db: Executor, assessmentId: number, filter: LinkFilter, now: Date) {
  const { cursor, limit } = filter
  const newer = cursor?.direction === 'newer'
  const where = sql.join(
    [
      ...linkFilter(assessmentId, filter),
      statusHint(filter.status, now),
      cursor === undefined
        ? undefined
        : newer
          ? sql`l.id > ${cursor.id}`
          : sql`l.id < ${cursor.id}`,
    ].filter((part) => part !== undefined),
    sql` AND `,
  )
  const order = newer ? sql`ASC` : sql`DESC`
  const status = filter.status === undefined ? sql`` : sql`WHERE state = ${filter.status}`
  return db.transaction(async (tx) => {
    // The planner prices a page as if it had to work out every link's state (it stops after
    // `limit`), which tips PostgreSQL into JIT-compiling it: 40–800 ms for a 3 ms query.
    await tx.execute(sql`SET LOCAL jit = off`)
    const rows = await queryRows<LinkRow>(
      tx,
      linkStates(where, now, {
        inner: sql`ORDER BY l.id ${order}`,
        tail: sql`${status} ORDER BY t.id ${order} LIMIT ${limit + 1}`,
      }),
    )
    const more = rows.length > limit
    const links = rows.slice(0, limit).map(toLink)
    if (newer) links.reverse()
    return {
      links,
      older: newer ? true : more,
      newer: newer ? more : cursor !== undefined,
      total: await countLinks(tx, assessmentId, filter, now),
    }
  })
}

function linkFilter(assessmentId: number, filter: LinkFilter): (SQL | undefined)[] {
  return [
    sql`l.assessment_id = ${assessmentId}`,
    // By id, not by joining on the key: the scan then walks only this group's links.
    filter.group === undefined
      ? undefined
      : sql`l.group_id = (SELECT id FROM stakeholder_groups
          WHERE assessment_id = ${assessmentId} AND key = ${filter.group})`,
    filter.kind === undefined ? undefined : sql`l.kind = ${filter.kind}::link_kind`,
  ]
}

/**
 * What a link in `status` must have in its own columns (necessary, not sufficient: the state
 * still decides). It lets a page of a rare status skip most links without looking up their
 * responses and drafts.
 */
function statusHint(status: LinkState | undefined, now: Date): SQL | undefined {
  const at = sql`${now.toISOString()}::timestamptz`
  switch (status) {
    case 'unused':
      return sql`l.revoked_at IS NULL AND (l.expires_at IS NULL OR l.expires_at > ${at})`
    case 'revoked':
      return sql`l.revoked_at IS NOT NULL`
    case 'expired':
      return sql`l.revoked_at IS NULL AND l.expires_at <= ${at}`
    default:
      return undefined
  }
}

/**
 * How many links match the filters, whatever the page. With a status, every link's state is
 * needed: responses and drafts are counted per link in one pass each and joined by hash, which
 * at 30,000 links is far quicker than looking each link up as a page does.
 */
async function countLinks(db: Executor, assessmentId: number, filter: LinkFilter, now: Date) {
  const where = sql.join(
    [...linkFilter(assessmentId, filter), statusHint(filter.status, now)].filter(
      (part) => part !== undefined,
    ),
    sql` AND `,
  )
  const query =
    filter.status === undefined
      ? sql`SELECT count(*)::int AS n FROM survey_links l
          JOIN stakeholder_groups g ON g.id = l.group_id WHERE ${where}`
      : sql`
          WITH answered AS (
            SELECT link_id, count(*) AS n FROM responses
            WHERE assessment_id = ${assessmentId} GROUP BY link_id
          ), drafted AS (
            SELECT DISTINCT d.link_id FROM drafts d JOIN survey_links dl ON dl.id = d.link_id
            WHERE dl.assessment_id = ${assessmentId}
          ), s AS (
            SELECT l.kind, l.expires_at, l.revoked_at, l.max_responses,
              coalesce(a.n, 0) AS completions, dr.link_id IS NOT NULL AS drafted
            FROM survey_links l JOIN stakeholder_groups g ON g.id = l.group_id
            LEFT JOIN answered a ON a.link_id = l.id
            LEFT JOIN drafted dr ON dr.link_id = l.id
            WHERE ${where}
          )
          SELECT count(*)::int AS n FROM s WHERE ${stateAt(now)} = ${filter.status}`
  const [row] = await queryRows<{ n: number }>(db, query)
  return row?.n ?? 0
}

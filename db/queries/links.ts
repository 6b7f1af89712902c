import { eq, type SQL, sql } from 'drizzle-orm'
import type { LinkKind, LinkState } from '#surveys/schemas/links'
import { type Executor, queryRows } from '../client.ts'
import { surveyLinks } from '../schema.ts'

export type SurveyLink = typeof surveyLinks.$inferSelect
export type NewSurveyLink = typeof surveyLinks.$inferInsert

const HASH_BYTES = 32

/** Inserts a batch of links in one statement and returns their ids in order. */
export async function insertLinks(db: Executor, rows: NewSurveyLink[]): Promise<number[]> {
  if (rows.length === 0) return []
  const inserted = await db.insert(surveyLinks).values(rows).returning({ id: surveyLinks.id })
  return inserted.map((row) => row.id)
}

export interface LinkBatch {
  assessmentId: number
  groupId: number
  kind: LinkKind
  /** SHA-256 token hashes, one per link. */
  tokenHashes: Buffer[]
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
        (assessment_id, group_id, kind, token_hash, max_responses, expires_at, created_by)
      SELECT ${batch.assessmentId}::bigint, ${batch.groupId}::bigint, ${batch.kind}::link_kind,
        substring(${Buffer.concat(batch.tokenHashes)}::bytea FROM (i - 1) * ${HASH_BYTES} + 1 FOR ${HASH_BYTES}),
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
  values: Partial<Pick<SurveyLink, 'tokenHash' | 'expiresAt' | 'revokedAt' | 'maxResponses'>>,
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
  created_at: number
  expires_at: number | null
  revoked_at: number | null
  max_responses: number | null
  completions: number
  drafted: boolean
  state: LinkState
  total: number
}

/**
 * Links matching `where` (on `l`, the link, and `g`, its group) with their state at `now`.
 * Answered beats revoked and expired for a single-use link: it did its job.
 */
function linkStates(where: SQL, now: Date, tail: SQL = sql``) {
  return sql`
    WITH s AS (
      SELECT l.id, l.assessment_id, l.group_id, g.key AS group_key, l.kind, l.created_at,
        l.expires_at, l.revoked_at, l.max_responses,
        (SELECT count(*) FROM responses r WHERE r.link_id = l.id) AS completions,
        EXISTS (SELECT 1 FROM drafts d WHERE d.link_id = l.id) AS drafted
      FROM survey_links l JOIN stakeholder_groups g ON g.id = l.group_id
      WHERE ${where}
    ), t AS (
      SELECT s.*, CASE
        WHEN kind = 'single-use' AND completions > 0 THEN 'completed'
        WHEN revoked_at IS NOT NULL THEN 'revoked'
        WHEN expires_at <= ${now.toISOString()}::timestamptz THEN 'expired'
        WHEN kind = 'open' AND completions >= max_responses THEN 'completed'
        WHEN drafted OR completions > 0 THEN 'started'
        ELSE 'unused'
      END AS state
      FROM s
    )
    SELECT id::float8 AS id, assessment_id::float8 AS assessment_id, group_id::float8 AS group_id,
      group_key, kind, ${epochMs('created_at')}, ${epochMs('expires_at')}, ${epochMs('revoked_at')},
      max_responses, completions::int AS completions,
      drafted, state, count(*) OVER ()::int AS total
    FROM t ${tail}`
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
    createdAt: new Date(row.created_at),
    expiresAt: toDate(row.expires_at),
    revokedAt: toDate(row.revoked_at),
    maxResponses: row.max_responses,
    completions: row.completions,
    drafted: row.drafted,
    state: row.state,
  }
}

/** The link a survey token opens, with its state; undefined for an unknown token. */
export async function findLinkByToken(
  db: Executor,
  tokenHash: Buffer,
  now: Date,
): Promise<LinkWithState | undefined> {
  const [row] = await queryRows<LinkRow>(db, linkStates(sql`l.token_hash = ${tokenHash}`, now))
  return row && toLink(row)
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
  offset: number
  limit: number
}

/** A page of an assessment's links, newest first, and how many match in all. */
export async function listLinks(db: Executor, assessmentId: number, filter: LinkFilter, now: Date) {
  const where = sql.join(
    [
      sql`l.assessment_id = ${assessmentId}`,
      filter.group === undefined ? undefined : sql`g.key = ${filter.group}`,
      filter.kind === undefined ? undefined : sql`l.kind = ${filter.kind}::link_kind`,
    ].filter((part) => part !== undefined),
    sql` AND `,
  )
  const status = filter.status === undefined ? sql`` : sql`WHERE state = ${filter.status}`
  const page = (limit: number, offset: number) =>
    queryRows<LinkRow>(
      db,
      linkStates(where, now, sql`${status} ORDER BY id DESC LIMIT ${limit} OFFSET ${offset}`),
    )
  const rows = await page(filter.limit, filter.offset)
  // The window count comes with every row; past the last page, ask for one row to learn it.
  const total = rows[0]?.total ?? (filter.offset > 0 ? ((await page(1, 0))[0]?.total ?? 0) : 0)
  return { links: rows.map(toLink), total }
}

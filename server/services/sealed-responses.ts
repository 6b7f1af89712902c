import { createHash } from 'node:crypto'
import type { Database } from '#db/client'
import { listGroups, listIssues } from '#db/queries/assessments'
import { listResponseChunk, type ResponseChunkRow } from '#db/queries/sealed-responses'
import { AXES, type Axis } from '#surveys/domain/model'
import {
  compareCodePoints,
  responseDigestText,
  type SealedRating,
  type SealedResponse,
  type SealedResponses,
} from '#surveys/domain/sealed-responses'
import { type ChunkLimits, nextChunkSize, yieldToEventLoop } from './chunking.ts'

// PostgreSQL: fixed chunks of ~16k ratings, small enough that parsing and shaping one keeps the
// event loop for a few milliseconds. PGlite: ~40 ms each.
const POSTGRES_CHUNK = 250
const PGLITE_CHUNK: ChunkLimits = { first: 100, min: 20, max: 2_000 }

export interface ResponseChunk {
  /** The database id of the chunk's last response. */
  lastId: number
  responses: SealedResponse[]
}

/**
 * The assessment's responses with id ≤ upTo, anonymised and in canonical order, a chunk at a
 * time: memory stays bounded whatever their number, and other requests run between chunks. Responses are immutable once stored (a trigger), so reading them in several
 * statements reads the same rows as one would.
 */
export async function* readSealedResponses(
  database: Database,
  assessmentId: number,
  upTo: number,
): AsyncGenerator<ResponseChunk> {
  const { db } = database
  const [issues, groups] = await Promise.all([
    listIssues(db, assessmentId),
    listGroups(db, assessmentId),
  ])
  const shape = responseShape(issues, groups)
  const pglite = database.kind === 'pglite'
  let size = pglite ? PGLITE_CHUNK.first : POSTGRES_CHUNK
  let after = 0
  let number = 0
  for (;;) {
    const started = performance.now()
    const rows = await listResponseChunk(db, assessmentId, after, upTo, size)
    if (rows.length === 0) return
    const responses = rows.map((row) => shape(row, ++number))
    after = rows.at(-1)!.id
    yield { lastId: after, responses }
    if (rows.length < size) return
    if (pglite) size = nextChunkSize(size, performance.now() - started, PGLITE_CHUNK)
    await yieldToEventLoop()
  }
}

/** Count, last id and digest of responses as they are read, chunk by chunk, in order. */
export class ResponseDigest {
  private readonly hash = createHash('sha256')
  count = 0
  ratings = 0
  private lastId: number | null = null

  add(chunk: ResponseChunk): void {
    for (const response of chunk.responses) {
      this.hash.update(responseDigestText(response), 'utf8')
      this.ratings += response.ratings.length
    }
    this.count += chunk.responses.length
    this.lastId = chunk.lastId
  }

  /** What a snapshot records; call once, at the end. */
  result(): SealedResponses {
    const lastId = this.lastId === null ? null : String(this.lastId)
    return { count: this.count, lastId, digest: this.hash.digest('hex') }
  }
}

/** True when two records name the same responses: same count, last id and digest. */
export function sameResponses(a: SealedResponses, b: SealedResponses): boolean {
  return a.count === b.count && a.lastId === b.lastId && a.digest === b.digest
}

/** The id bound of a sealed record: its last response's id, 0 when it sealed none. */
export function sealedUpTo(sealed: SealedResponses): number {
  return sealed.lastId === null ? 0 : Number(sealed.lastId)
}

/**
 * Count, last id and digest of the assessment's responses with id ≤ upTo: what a snapshot
 * records, and what an evidence pack checks its responses against before it sends them.
 */
export async function digestResponses(
  database: Database,
  assessmentId: number,
  upTo: number,
): Promise<SealedResponses> {
  return (await readDigest(database, assessmentId, upTo)).result()
}

/** Reads the responses with id ≤ upTo into a ResponseDigest, keeping none of them. */
export async function readDigest(
  database: Database,
  assessmentId: number,
  upTo: number,
): Promise<ResponseDigest> {
  const digest = new ResponseDigest()
  for await (const chunk of readSealedResponses(database, assessmentId, upTo)) digest.add(chunk)
  return digest
}

type Issue = { id: number; code: string }
type Group = { id: number; key: string }

/**
 * Turns a chunk row into a SealedResponse. Ratings are placed by each issue's rank in code order
 * and the axis, so ordering a response costs no sort.
 */
function responseShape(issues: readonly Issue[], groups: readonly Group[]) {
  const ordered = [...issues].sort((a, b) => compareCodePoints(a.code, b.code))
  const slotOf = new Map(ordered.map((issue, rank) => [issue.id, rank * AXES.length]))
  const keyOf = new Map(groups.map((group) => [group.id, group.key]))
  return (row: ResponseChunkRow, number: number): SealedResponse => {
    const slots: (SealedRating | undefined)[] = new Array(ordered.length * AXES.length)
    row.issueIds.forEach((issueId, i) => {
      const slot = slotOf.get(issueId)
      const axis = row.axes[i] as Axis
      if (slot === undefined) throw new Error(`A rating of response ${row.id} names no issue.`)
      const issueCode = ordered[slot / AXES.length]!.code
      const score = row.scores[i] || null // 0: "don't know"
      slots[slot + AXES.indexOf(axis)] = { issueCode, axis, score }
    })
    const groupKey = keyOf.get(row.groupId)
    if (groupKey === undefined) throw new Error(`Response ${row.id} names no group.`)
    return {
      number,
      groupKey,
      locale: row.locale,
      flags: [...row.flags].sort(compareCodePoints),
      submittedOn: row.submittedOn,
      ratings: slots.filter((rating) => rating !== undefined),
    }
  }
}

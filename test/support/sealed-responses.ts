import { createHash } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { queryRows } from '#db/client'
import type { TestDatabase } from './db.ts'

/**
 * Count, last id and digest of an assessment's stored responses, recomputed here from the raw
 * rows with the rules README.txt of the evidence pack states — not with the server's code — so
 * a test can hold the server's seal to them.
 */
export async function recomputeSeal(database: TestDatabase, assessmentId: number, upTo?: number) {
  const rows = await queryRows<{
    id: number
    group: string
    flags: string[]
    code: string
    axis: string
    score: number | null
  }>(
    database.db,
    sql`SELECT s.id::int AS id, g.key AS group, s.flags, i.code, r.axis::text AS axis,
               r.score::int AS score
        FROM responses s
          JOIN stakeholder_groups g ON g.id = s.group_id
          JOIN ratings r ON r.response_id = s.id
          JOIN assessment_issues i ON i.id = r.issue_id
        WHERE s.assessment_id = ${assessmentId} AND s.id <= ${upTo ?? Number.MAX_SAFE_INTEGER}`,
  )
  const byte = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b))
  rows.sort((a, b) => a.id - b.id || byte(a.code, b.code) || byte(a.axis, b.axis))
  const numbers = new Map([...new Set(rows.map((row) => row.id))].map((id, i) => [id, i + 1]))
  const text = rows
    .map((row) => {
      const flags = [...row.flags].sort(byte).join(';')
      return `${numbers.get(row.id)},${row.group},${flags},${row.code},${row.axis},${row.score ?? ''}\n`
    })
    .join('')
  const lastId = rows.length === 0 ? null : String(rows.at(-1)!.id)
  const digest = createHash('sha256').update(text, 'utf8').digest('hex')
  return { count: numbers.size, lastId, digest }
}

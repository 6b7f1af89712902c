import { findGroupByKey } from '#db/queries/assessments'
import { insertAudit } from '#db/queries/audit'
import { insertLinks } from '#db/queries/links'
import type { CreateLinksBody } from '#surveys/schemas/assessments'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, conflict } from '../errors.ts'
import { assessmentFor, CAN } from './access.ts'
import { hashToken, newToken } from './tokens.ts'

/**
 * Creates survey links for one group. The tokens are returned once, here, and stored only as
 * SHA-256 hashes: nobody can read a link back later, only re-issue it.
 */
export async function createLinks(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: CreateLinksBody,
  origin: string,
) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.edit)
  if (assessment.status === 'confirmed' || assessment.status === 'approved') {
    throw conflict('assessment_locked', 'This assessment is confirmed; it takes no more responses.')
  }
  const { db } = deps.database
  const group = await findGroupByKey(db, assessmentId, body.group)
  if (!group)
    throw badRequest('Unknown group.', { group: ['No such stakeholder group in this assessment.'] })
  const tokens = Array.from({ length: body.count }, () => newToken(16))
  return db.transaction(async (tx) => {
    const ids = await insertLinks(
      tx,
      tokens.map((token) => ({
        assessmentId,
        groupId: group.id,
        kind: body.kind,
        tokenHash: hashToken(token),
        maxResponses: body.maxResponses ?? null,
        expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
        createdBy: user.id,
      })),
    )
    await insertAudit(tx, {
      organisationId: assessment.organisationId,
      assessmentId,
      actorId: user.id,
      action: 'create',
      entity: 'links',
      entityId: ids.length === 1 ? String(ids[0]) : `${ids[0]}…${ids.at(-1)}`,
      after: { group: body.group, kind: body.kind, count: body.count },
    })
    return ids.map((id, i) => ({
      id: String(id),
      token: tokens[i]!,
      url: `${origin}/s/${tokens[i]}`,
    }))
  })
}

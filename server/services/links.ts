import type { Tx } from '#db/client'
import { findGroupByKey } from '#db/queries/assessments'
import {
  findLink,
  insertLinkBatch,
  type LinkWithState,
  listLinks,
  updateLink,
} from '#db/queries/links'
import type { CreateLinksBody, ListLinksQuery, UpdateLinkBody } from '#surveys/schemas/links'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, conflict, notFound } from '../errors.ts'
import { type AuditOf, assessmentFor, CAN, withAssessment } from './access.ts'
import { assertNotFinal } from './locks.ts'
import { hashToken, newTokens } from './tokens.ts'

/**
 * Creates survey links for one group in one statement. Single-use tokens are returned once,
 * here, and stored only as SHA-256 hashes: nobody can read one back later, only re-issue it.
 * An open link's token is kept too, for posters and group chats: the list shows it again.
 */
export async function createLinks(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  body: CreateLinksBody,
  origin: string,
) {
  const expiresAt = futureDate(deps, body.expiresAt)
  const tokens = newTokens(body.count)
  const hashes = tokens.map(hashToken)
  const byHash = new Map(hashes.map((hash, i) => [hash.toString('hex'), tokens[i] ?? '']))
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertNotFinal(assessment)
    const group = await findGroupByKey(tx, assessmentId, body.group)
    if (!group) {
      throw badRequest('Unknown group.', {
        group: ['No such stakeholder group in this assessment.'],
      })
    }
    const rows = await insertLinkBatch(tx, {
      assessmentId,
      groupId: group.id,
      kind: body.kind,
      tokenHashes: hashes,
      openToken: body.kind === 'open' ? (tokens[0] ?? null) : null,
      maxResponses: body.maxResponses ?? null,
      expiresAt,
      createdBy: user.id,
    })
    await audit({
      action: 'create',
      entity: 'links',
      entityId: rows.length === 1 ? String(rows[0]?.id) : `${rows[0]?.id}…${rows.at(-1)?.id}`,
      after: { group: body.group, kind: body.kind, count: body.count, expiresAt },
    })
    return rows.map((row) => {
      const token = byHash.get(row.tokenHash.toString('hex')) ?? ''
      return { id: String(row.id), token, url: surveyUrl(origin, token) }
    })
  })
}

const surveyUrl = (origin: string, token: string) => `${origin}/s/${token}`

function futureDate(deps: AppDeps, value: string | null | undefined): Date | null {
  if (!value) return null
  const date = new Date(value)
  if (date <= deps.clock.now()) {
    throw badRequest('Some fields are not valid.', { expiresAt: ['Choose a time in the future.'] })
  }
  return date
}

/**
 * A page of an assessment's links with their states and the cursors of the pages either side
 * (null at either end). An open link comes with its address (null if made before open tokens
 * were kept); a single-use link never.
 */
export async function listAssessmentLinks(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  query: ListLinksQuery,
  origin: string,
) {
  await assessmentFor(deps, user, assessmentId, CAN.read)
  const page = await listLinks(deps.database.db, assessmentId, query, deps.clock.now())
  const present = (link: LinkWithState) => ({
    ...presentLink(link),
    url: link.openToken ? surveyUrl(origin, link.openToken) : null,
  })
  const first = page.links[0]
  const last = page.links.at(-1)
  return {
    links: page.links.map(present),
    total: page.total,
    nextCursor: page.older && last ? `older.${last.id}` : null,
    prevCursor: page.newer && first ? `newer.${first.id}` : null,
  }
}

export function presentLink(link: LinkWithState) {
  return {
    id: String(link.id),
    group: link.groupKey,
    kind: link.kind,
    status: link.state,
    completions: link.completions,
    maxResponses: link.maxResponses,
    createdAt: link.createdAt.toISOString(),
    expiresAt: link.expiresAt?.toISOString() ?? null,
    revokedAt: link.revokedAt?.toISOString() ?? null,
  }
}

/** Revokes a link, or sets or clears its expiry or (open links) its response cap. */
export async function changeLink(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  linkId: number,
  body: UpdateLinkBody,
) {
  const now = deps.clock.now()
  return editLink(deps, user, assessmentId, linkId, async (tx, link, audit) => {
    if (body.maxResponses != null && link.kind !== 'open') {
      throw badRequest('Some fields are not valid.', {
        maxResponses: ['A single-use link takes one response.'],
      })
    }
    const values = {
      ...(body.revoked && !link.revokedAt ? { revokedAt: now } : {}),
      // A past time is allowed here: it is how a link is expired at once.
      ...(body.expiresAt !== undefined
        ? { expiresAt: body.expiresAt ? new Date(body.expiresAt) : null }
        : {}),
      ...(body.maxResponses !== undefined ? { maxResponses: body.maxResponses } : {}),
    }
    if (Object.keys(values).length === 0) return presentLink(link)
    if (body.maxResponses != null && body.maxResponses < link.completions) {
      throw conflict(
        'cap_below_responses',
        `This link has ${link.completions} responses already; the cap cannot be lower.`,
      )
    }
    await updateLink(tx, linkId, values)
    await audit({
      action: body.revoked ? 'revoke' : 'update',
      entity: 'link',
      entityId: String(linkId),
      before: {
        expiresAt: link.expiresAt,
        revokedAt: link.revokedAt,
        maxResponses: link.maxResponses,
      },
      after: values,
    })
    return presentLink((await findLink(tx, assessmentId, linkId, now)) ?? link)
  })
}

/**
 * Gives a link a new token: the old one stops working at once, and a revoked link comes back.
 * An answered single-use link has done its job and cannot be re-issued (409).
 */
export async function reissueLink(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  linkId: number,
  origin: string,
) {
  const [token = ''] = newTokens(1)
  return editLink(deps, user, assessmentId, linkId, async (tx, link, audit) => {
    if (link.kind === 'single-use' && link.state === 'completed') {
      throw conflict('link_used', 'This link has been answered; create a new one instead.')
    }
    await updateLink(tx, linkId, {
      tokenHash: hashToken(token),
      openToken: link.kind === 'open' ? token : null,
      revokedAt: null,
    })
    await audit({
      action: 'reissue',
      entity: 'link',
      entityId: String(linkId),
      before: { revokedAt: link.revokedAt },
    })
    const fresh = (await findLink(tx, assessmentId, linkId, deps.clock.now())) ?? link
    return { ...presentLink(fresh), token, url: surveyUrl(origin, token) }
  })
}

/** A verb on one link of an assessment that can still change, under the assessment's row lock. */
async function editLink<T>(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  linkId: number,
  verb: (tx: Tx, link: LinkWithState, audit: AuditOf) => Promise<T>,
): Promise<T> {
  return withAssessment(deps, user, assessmentId, 'edit', async (tx, assessment, audit) => {
    assertNotFinal(assessment)
    const link = await findLink(tx, assessmentId, linkId, deps.clock.now())
    if (!link) throw notFound('The link')
    return verb(tx, link, audit)
  })
}

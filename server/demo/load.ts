import { eq } from 'drizzle-orm'
import { listIssues } from '#db/queries/assessments'
import { ensureSeedLinks, insertSeedResponses } from '#db/queries/seed-responses'
import {
  findUserByEmail,
  insertMembership,
  insertOrganisation,
  insertUser,
  listMemberships,
  type User,
  updatePasswordHash,
} from '#db/queries/users'
import { stakeholderGroups } from '#db/schema'
import type { AppDeps, SessionUser } from '../context.ts'
import { changeAssessment } from '../services/assessment-update.ts'
import { createAssessment } from '../services/assessments.ts'
import { hashPassword } from '../services/passwords.ts'
import { newToken } from '../services/tokens.ts'
import { DOUBLE_SURVEY_SHIFTS, loadDoubleMaterialityDemo } from './double-materiality.ts'
import { loadDoublePilot } from './double-pilot.ts'
import { confirmAndApprove } from './earlier-year.ts'
import { type DemoYear, demoRespondents } from './responses.ts'

export const DEMO_EMAIL = 'demo@materiality.example'
/** The head of sustainability, who confirmed the earlier year; nobody signs in as them. */
export const DEMO_REVIEWER_EMAIL = 'reviewer@materiality.example'
const DEMO_ORGANISATION = 'Demo Holdings Ltd'

/**
 * FY2022, as the respondents saw it a year earlier: customer privacy (29) lower, so it enters the
 * material set in FY2023; occupational health and safety (16) higher, so it leaves; information
 * security (28) and climate change (9) lower, so they rise. Nobody's comments are kept from then.
 */
const FY2022: DemoYear = {
  shifts: { '29': [-1.9, -1.8], '16': [0.4, 1.6], '28': [-0.6, -0.6], '9': [-0.6, -0.3] },
  writing: false,
}

/**
 * Loads the demo: an organisation, its admin (a new password every run, returned to print), a
 * reviewer, the FY2022 assessment confirmed by the reviewer and approved by the admin (so the
 * disclosure, the evidence pack and year-over-year show at once), and FY2023 copied forward from
 * it, closed with about 70 simulated responses and waiting to be confirmed.
 *
 * FY2024 is a double-materiality assessment (ESRS), open while its assessors score the IRO
 * register (server/demo/double-materiality.ts), copied forward from a small FY2023
 * double-materiality pilot, confirmed and approved (server/demo/double-pilot.ts), so its matrix
 * shows year over year.
 *
 * The organisation has no `approver`, so its admin decides approvals (surveys/domain/approval.ts): the
 * admin approves FY2022, which someone else confirmed, and may approve FY2023 after confirming it
 * (recorded as self-approved), as a one-person team would.
 */
export async function loadDemo(deps: AppDeps) {
  const password = newToken(12)
  const user = await demoAdmin(deps, password)
  const reviewer = await demoReviewer(deps, user.memberships[0]?.organisationId)
  const earlier = await createAssessment(deps, user, {
    name: 'FY2022 materiality assessment (demo)',
    periodStart: '2022-01-01',
    periodEnd: '2022-12-31',
    library: 'hkex-33',
    method: 'matrix',
  })
  const earlierId = Number(earlier.id)
  await changeAssessment(deps, user, earlierId, { status: 'open' })
  await seedDemoResponses(deps, earlierId, 2022, FY2022)
  await changeAssessment(deps, user, earlierId, { status: 'closed' })
  await confirmAndApprove(deps, earlierId, reviewer, user)

  const assessment = await createAssessment(deps, user, {
    name: 'FY2023 materiality assessment (demo)',
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    library: 'hkex-33',
    method: 'matrix',
    copyFrom: earlier.id,
  })
  const assessmentId = Number(assessment.id)
  await changeAssessment(deps, user, assessmentId, { status: 'open' })
  const responses = await seedDemoResponses(deps, assessmentId)
  await changeAssessment(deps, user, assessmentId, { status: 'closed' })
  const pilotId = await loadDoublePilot(deps, user, reviewer)
  const double = await loadDoubleMaterialityDemo(
    deps,
    user,
    (member) => sessionOf(deps, member),
    (id) => seedDemoResponses(deps, id, 2024, { shifts: DOUBLE_SURVEY_SHIFTS, writing: false }),
    pilotId,
  )
  return { email: DEMO_EMAIL, password, assessmentId, earlierId, responses, pilotId, ...double }
}

/** The demo's simulated responses, inserted as submitted; returns how many. */
export async function seedDemoResponses(
  deps: AppDeps,
  assessmentId: number,
  seed = 2023,
  year: DemoYear = {},
): Promise<number> {
  const { db } = deps.database
  const issues = await listIssues(db, assessmentId)
  const groups = await db
    .select({ id: stakeholderGroups.id, key: stakeholderGroups.key })
    .from(stakeholderGroups)
    .where(eq(stakeholderGroups.assessmentId, assessmentId))
  const groupIds = new Map(groups.map((group) => [group.key, group.id]))
  const links = await ensureSeedLinks(db, assessmentId)
  const respondents = demoRespondents(issues, seed, year).map((respondent) => {
    const groupId = groupIds.get(respondent.groupKey)
    const linkId = groupId === undefined ? undefined : links.get(groupId)
    if (groupId === undefined || linkId === undefined) {
      throw new Error(`The demo needs the default group ${respondent.groupKey}.`)
    }
    return { groupId, linkId, ...respondent }
  })
  await insertSeedResponses(db, assessmentId, respondents)
  return respondents.length
}

async function demoAdmin(deps: AppDeps, password: string): Promise<SessionUser> {
  const { db } = deps.database
  const passwordHash = await hashPassword(password, deps.config.passwordCostLog2)
  let user = await findUserByEmail(db, DEMO_EMAIL)
  if (user) await updatePasswordHash(db, user.id, passwordHash)
  else {
    user = await insertUser(db, { email: DEMO_EMAIL, name: 'Demo admin', passwordHash })
    const organisation = await insertOrganisation(db, DEMO_ORGANISATION)
    await insertMembership(db, { userId: user.id, organisationId: organisation.id, role: 'admin' })
  }
  return sessionOf(deps, user)
}

/** The reviewer, with a password nobody is told: the demo signs in only as its admin. */
async function demoReviewer(
  deps: AppDeps,
  organisationId: number | undefined,
): Promise<SessionUser> {
  const { db } = deps.database
  if (organisationId === undefined) throw new Error('The demo admin has no organisation.')
  let user = await findUserByEmail(db, DEMO_REVIEWER_EMAIL)
  if (!user) {
    const passwordHash = await hashPassword(newToken(24), deps.config.passwordCostLog2)
    user = await insertUser(db, {
      email: DEMO_REVIEWER_EMAIL,
      name: 'Head of sustainability (demo)',
      passwordHash,
    })
    await insertMembership(db, { userId: user.id, organisationId, role: 'reviewer' })
  }
  return sessionOf(deps, user)
}

async function sessionOf(deps: AppDeps, user: User): Promise<SessionUser> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    mustChangePassword: false,
    tokenHash: Buffer.alloc(0),
    memberships: await listMemberships(deps.database.db, user.id),
  }
}

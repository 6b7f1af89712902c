import { eq } from 'drizzle-orm'
import { listIssues } from '#db/queries/assessments'
import { ensureSeedLinks, insertSeedResponses } from '#db/queries/seed-responses'
import {
  findUserByEmail,
  insertMembership,
  insertOrganisation,
  insertUser,
  listMemberships,
  updatePasswordHash,
} from '#db/queries/users'
import { stakeholderGroups } from '#db/schema'
import type { AppDeps, SessionUser } from '../context.ts'
import { changeAssessment } from '../services/assessment-update.ts'
import { createAssessment } from '../services/assessments.ts'
import { hashPassword } from '../services/passwords.ts'
import { newToken } from '../services/tokens.ts'
import { demoRespondents } from './responses.ts'

export const DEMO_EMAIL = 'demo@materiality.example'
const DEMO_ORGANISATION = 'Demo Holdings Ltd'

/**
 * Loads the demo: an organisation, its admin (a new password every run, returned to print) and
 * a closed assessment modelled on the source report with about 70 simulated responses.
 */
export async function loadDemo(deps: AppDeps) {
  const password = newToken(12)
  const user = await demoAdmin(deps, password)
  const assessment = await createAssessment(deps, user, {
    name: 'FY2023 materiality assessment (demo)',
    periodStart: '2023-01-01',
    periodEnd: '2023-12-31',
    library: 'hkex-33',
  })
  const assessmentId = Number(assessment.id)
  await changeAssessment(deps, user, assessmentId, { status: 'open' })
  const responses = await seedDemoResponses(deps, assessmentId)
  await changeAssessment(deps, user, assessmentId, { status: 'closed' })
  return { email: DEMO_EMAIL, password, assessmentId, responses }
}

/** The demo's simulated responses, inserted as submitted; returns how many. */
export async function seedDemoResponses(deps: AppDeps, assessmentId: number): Promise<number> {
  const { db } = deps.database
  const issues = await listIssues(db, assessmentId)
  const groups = await db
    .select({ id: stakeholderGroups.id, key: stakeholderGroups.key })
    .from(stakeholderGroups)
    .where(eq(stakeholderGroups.assessmentId, assessmentId))
  const groupIds = new Map(groups.map((group) => [group.key, group.id]))
  const links = await ensureSeedLinks(db, assessmentId)
  const respondents = demoRespondents(issues).map((respondent) => {
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
  const memberships = await listMemberships(db, user.id)
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    mustChangePassword: false,
    tokenHash: Buffer.alloc(0),
    memberships,
  }
}

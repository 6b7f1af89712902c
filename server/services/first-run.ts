import { sql } from 'drizzle-orm'
import type { Executor } from '#db/client'
import { insertAudit } from '#db/queries/audit'
import {
  countUsers,
  insertMembership,
  insertOrganisation,
  insertSetupToken,
  insertUser,
  useSetupToken,
} from '#db/queries/users'
import type { SetupBody } from '#surveys/schemas/auth'
import type { AppDeps } from '../context.ts'
import { conflict, DomainError } from '../errors.ts'
import { openSession } from './auth.ts'
import { hashPassword } from './passwords.ts'
import { hashToken, newToken } from './tokens.ts'

// Two instances starting at once must not both create the first admin.
const FIRST_RUN_LOCK = 727_272

interface FirstAdmin {
  organisation: string
  name: string
  email: string
  password: string
}

/** Creates the first admin and organisation when nobody exists yet; false if someone does. */
export async function createFirstAdmin(deps: AppDeps, admin: FirstAdmin): Promise<boolean> {
  const passwordHash = await hashPassword(admin.password, deps.config.passwordCostLog2)
  return deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${FIRST_RUN_LOCK})`)
    if ((await countUsers(tx)) > 0) return false
    await insertAdmin(tx, { ...admin, passwordHash })
    return true
  })
}

/** A one-time setup token when no user exists; undefined once someone has set the app up. */
export async function issueSetupToken(deps: AppDeps): Promise<string | undefined> {
  const { db } = deps.database
  if ((await countUsers(db)) > 0) return undefined
  const token = newToken()
  const expiresAt = new Date(deps.clock.now().getTime() + 7 * 24 * 3600 * 1000)
  await insertSetupToken(db, hashToken(token), expiresAt)
  return token
}

/** Uses a setup token to create the first admin and signs them in. */
export async function completeSetup(deps: AppDeps, body: SetupBody) {
  const passwordHash = await hashPassword(body.password, deps.config.passwordCostLog2)
  const now = deps.clock.now()
  return deps.database.db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${FIRST_RUN_LOCK})`)
    if ((await countUsers(tx)) > 0)
      throw conflict('already_set_up', 'This app is already set up. Sign in instead.')
    if (!(await useSetupToken(tx, hashToken(body.token), now))) {
      throw new DomainError(
        404,
        'setup_link_invalid',
        'This setup link is not valid. Restart the server for a new one.',
      )
    }
    const userId = await insertAdmin(tx, { ...body, passwordHash })
    return openSession(tx, userId, now, deps.config.sessionTtlHours)
  })
}

async function insertAdmin(
  tx: Executor,
  admin: { organisation: string; name: string; email: string; passwordHash: string },
): Promise<number> {
  const organisation = await insertOrganisation(tx, admin.organisation)
  const user = await insertUser(tx, admin)
  await insertMembership(tx, { userId: user.id, organisationId: organisation.id, role: 'admin' })
  await insertAudit(tx, {
    organisationId: organisation.id,
    actorId: user.id,
    action: 'create',
    entity: 'organisation',
    entityId: String(organisation.id),
    after: { name: organisation.name, admin: user.email },
  })
  return user.id
}

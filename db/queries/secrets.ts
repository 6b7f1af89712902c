import { randomBytes } from 'node:crypto'
import { eq } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { serverSecrets } from '../schema.ts'

/** A named random key shared by every instance: the first to ask creates it. */
export async function findOrCreateSecret(db: Executor, name: string): Promise<Buffer> {
  await db
    .insert(serverSecrets)
    .values({ name, value: randomBytes(32) })
    .onConflictDoNothing()
  const [row] = await db.select().from(serverSecrets).where(eq(serverSecrets.name, name))
  return row!.value
}

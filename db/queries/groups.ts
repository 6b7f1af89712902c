import { and, eq } from 'drizzle-orm'
import type { Executor } from '../client.ts'
import { stakeholderGroups } from '../schema.ts'
import type { NewGroup, StakeholderGroup } from './assessments.ts'

export async function findGroup(
  db: Executor,
  assessmentId: number,
  groupId: number,
): Promise<StakeholderGroup | undefined> {
  const [row] = await db
    .select()
    .from(stakeholderGroups)
    .where(and(eq(stakeholderGroups.assessmentId, assessmentId), eq(stakeholderGroups.id, groupId)))
  return row
}

export async function insertGroup(db: Executor, values: NewGroup): Promise<StakeholderGroup> {
  const [row] = await db.insert(stakeholderGroups).values(values).returning()
  return row!
}

export async function updateGroup(
  db: Executor,
  groupId: number,
  values: Partial<NewGroup>,
): Promise<StakeholderGroup> {
  const [row] = await db
    .update(stakeholderGroups)
    .set(values)
    .where(eq(stakeholderGroups.id, groupId))
    .returning()
  return row!
}

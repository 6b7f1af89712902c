import { and, asc, eq, isNull, sql } from 'drizzle-orm'
import type { LocalizedText } from '#surveys/i18n/locales'
import { type Executor, queryRows } from '../client.ts'
import { contacts } from '../schema.ts'

export type Contact = typeof contacts.$inferSelect
export type NewContactRow = typeof contacts.$inferInsert

/** Inserts contacts in one statement; returns how many were stored. */
export async function insertContacts(db: Executor, rows: NewContactRow[]): Promise<number> {
  if (rows.length === 0) return 0
  const inserted = await db.insert(contacts).values(rows).returning({ id: contacts.id })
  return inserted.length
}

/** The organisation's contacts by name, then email; optionally one group or only active ones. */
export async function listContacts(
  db: Executor,
  organisationId: number,
  filter: { group?: string | undefined; active?: boolean | undefined } = {},
): Promise<Contact[]> {
  return db
    .select()
    .from(contacts)
    .where(
      and(
        eq(contacts.organisationId, organisationId),
        filter.group ? eq(contacts.group, filter.group) : undefined,
        filter.active === undefined
          ? undefined
          : filter.active
            ? isNull(contacts.deactivatedAt)
            : sql`${contacts.deactivatedAt} IS NOT NULL`,
      ),
    )
    .orderBy(asc(contacts.name), asc(contacts.email))
}

/** The emails in the register, to find an import's duplicates. */
export async function listContactEmails(db: Executor, organisationId: number): Promise<string[]> {
  const rows = await db
    .select({ email: contacts.email })
    .from(contacts)
    .where(eq(contacts.organisationId, organisationId))
  return rows.map((row) => row.email)
}

/** One contact, locked for the rest of the transaction. */
export async function lockContact(
  tx: Executor,
  organisationId: number,
  contactId: number,
): Promise<Contact | undefined> {
  const [row] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.organisationId, organisationId), eq(contacts.id, contactId)))
    .for('update')
  return row
}

/** Changes a contact; undefined when another contact of the organisation has the new email. */
export async function updateContact(
  db: Executor,
  contactId: number,
  values: Partial<Pick<Contact, 'name' | 'email' | 'group' | 'locale' | 'affiliation'>> & {
    deactivatedAt?: Date | null
    updatedAt: Date
  },
): Promise<Contact | undefined> {
  // A savepoint, so that a clash on the email leaves the caller's transaction usable.
  const rows = await db
    .transaction((sp) =>
      sp.update(contacts).set(values).where(eq(contacts.id, contactId)).returning(),
    )
    .catch((error: unknown) => {
      if (String((error as { cause?: unknown }).cause ?? error).includes('contacts_email_unique')) {
        return []
      }
      throw error
    })
  return rows[0]
}

/** Deletes a contact for good (erasure). */
export async function deleteContact(db: Executor, contactId: number): Promise<void> {
  await db.delete(contacts).where(eq(contacts.id, contactId))
}

/**
 * The stakeholder groups of the organisation's assessments (key and names), so a contact can
 * belong to a custom group as well as a default one.
 */
export async function listOrganisationGroups(db: Executor, organisationId: number) {
  return queryRows<{ key: string; names: LocalizedText }>(
    db,
    sql`SELECT DISTINCT ON (g.key) g.key, g.names
      FROM stakeholder_groups g JOIN assessments a ON a.id = g.assessment_id
      WHERE a.organisation_id = ${organisationId}
      ORDER BY g.key, a.id DESC`,
  )
}

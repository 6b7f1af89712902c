import { sql } from 'drizzle-orm'
import type { Executor } from '#db/client'
import { insertAudit } from '#db/queries/audit'
import {
  type Contact,
  deleteContact,
  insertContacts,
  listContactEmails,
  listContacts,
  listOrganisationGroups,
  lockContact,
  updateContact,
} from '#db/queries/contacts'
import { groupKeyOf, type KnownGroup, planContactImport } from '#surveys/domain/contact-import'
import { DEFAULT_STAKEHOLDER_GROUPS } from '#surveys/domain/stakeholders'
import type { ContactRowError, UpdateContactBody } from '#surveys/schemas/contacts'
import type { AppDeps, SessionUser } from '../context.ts'
import { badRequest, conflict, notFound } from '../errors.ts'
import { authorize, CAN } from './access.ts'
import type { ImportRow } from './import-files.ts'

export function presentContact(contact: Contact) {
  return {
    id: String(contact.id),
    name: contact.name,
    email: contact.email,
    group: contact.group,
    language: contact.locale,
    affiliation: contact.affiliation,
    active: contact.deactivatedAt === null,
    createdAt: contact.createdAt.toISOString(),
  }
}

/**
 * The groups a contact can be in: the six defaults, then every other group of the
 * organisation's assessments (its custom groups), each once with its names.
 */
async function organisationGroups(db: Executor, organisationId: number) {
  const custom = await listOrganisationGroups(db, organisationId)
  const defaults = new Set(DEFAULT_STAKEHOLDER_GROUPS.map((group) => group.key))
  return [
    ...DEFAULT_STAKEHOLDER_GROUPS.map(({ key, names }) => ({ key, names })),
    ...custom.filter((group) => !defaults.has(group.key)),
  ]
}

/** The groups an import or an edit may name, by key or by any of their names. */
async function knownGroups(db: Executor, organisationId: number): Promise<KnownGroup[]> {
  const custom = await listOrganisationGroups(db, organisationId)
  return [...DEFAULT_STAKEHOLDER_GROUPS, ...custom].map((group) => ({
    key: group.key,
    names: Object.values(group.names),
  }))
}

/** Serialises imports and edits of one organisation's register (an email is unique in it). */
const lockRegister = (tx: Executor, organisationId: number) =>
  tx.execute(sql`SELECT 1 FROM organisations WHERE id = ${organisationId} FOR NO KEY UPDATE`)

export interface ImportResult {
  created: number
  skipped: number
  errors: ContactRowError[]
  /** True when the rows had errors and the caller did not ask to skip them: nothing stored. */
  rejected: boolean
}

/**
 * Adds contacts to the register from checked rows. A row with an error stops the whole import
 * (nothing is stored) unless `skipInvalid`: then the valid rows are stored and the others counted
 * as skipped. The audit entry counts rows; it holds no names or addresses (they may be erased).
 */
export async function importContacts(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  input: { rows: ImportRow[]; source: 'json' | 'csv' | 'xlsx'; skipInvalid: boolean },
): Promise<ImportResult> {
  authorize(user, organisationId, CAN.manageContacts)
  return deps.database.db.transaction(async (tx) => {
    await lockRegister(tx, organisationId)
    const registered = new Set(await listContactEmails(tx, organisationId))
    const plan = planContactImport(input.rows, await knownGroups(tx, organisationId), registered)
    if (plan.errors.length > 0 && !input.skipInvalid) {
      return { created: 0, skipped: 0, errors: plan.errors, rejected: true }
    }
    const now = deps.clock.now()
    const created = await insertContacts(
      tx,
      plan.contacts.map(({ row: _, ...contact }) => ({
        ...contact,
        organisationId,
        createdAt: now,
        updatedAt: now,
      })),
    )
    await insertAudit(tx, {
      organisationId,
      actorId: user.id,
      action: 'import',
      entity: 'contacts',
      after: { source: input.source, rows: input.rows.length, created, skipped: plan.invalidRows },
    })
    return { created, skipped: plan.invalidRows, errors: plan.errors, rejected: false }
  })
}

/** The register (admins and analysts: it holds names and emails), and the groups to edit with. */
export async function listOrganisationContacts(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  filter: { group?: string | undefined; active?: boolean | undefined },
) {
  authorize(user, organisationId, CAN.manageContacts)
  const rows = await listContacts(deps.database.db, organisationId, filter)
  const groups = await organisationGroups(deps.database.db, organisationId)
  return { contacts: rows.map(presentContact), groups }
}

/** A verb on one contact under the register's lock, with its audit entry. */
async function withContact<T>(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  contactId: number,
  verb: (
    tx: Executor,
    contact: Contact,
    audit: (action: string, after?: object) => Promise<void>,
  ) => Promise<T>,
): Promise<T> {
  authorize(user, organisationId, CAN.manageContacts)
  return deps.database.db.transaction(async (tx) => {
    await lockRegister(tx, organisationId)
    const contact = await lockContact(tx, organisationId, contactId)
    if (!contact) throw notFound('The contact')
    return verb(tx, contact, (action, after) =>
      insertAudit(tx, {
        organisationId,
        actorId: user.id,
        action,
        entity: 'contact',
        entityId: String(contactId),
        ...(after ? { after } : {}),
      }),
    )
  })
}

/**
 * Edits a contact. The audit entry names the fields that changed and the new group and language,
 * never the name, email or affiliation themselves: those go when a contact is erased.
 */
export async function editContact(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  contactId: number,
  body: UpdateContactBody,
) {
  return withContact(deps, user, organisationId, contactId, async (tx, contact, audit) => {
    const group =
      body.group === undefined
        ? undefined
        : groupKeyOf(body.group, await knownGroups(tx, organisationId))
    if (body.group !== undefined && group === undefined) {
      throw badRequest('Some fields are not valid.', {
        group: [`No stakeholder group is called “${body.group}”.`],
      })
    }
    const next = {
      name: body.name ?? contact.name,
      email: body.email ?? contact.email,
      group: group ?? contact.group,
      locale: body.language ?? contact.locale,
      affiliation: body.affiliation ?? contact.affiliation,
    }
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (field) => next[field] !== contact[field],
    )
    if (changed.length === 0) return presentContact(contact)
    const updated = await updateContact(tx, contactId, { ...next, updatedAt: deps.clock.now() })
    if (!updated) throw conflict('contact_exists', `${next.email} is in the register already.`)
    await audit('update', {
      changed: changed.map((field) => (field === 'locale' ? 'language' : field)),
      ...(changed.includes('group') ? { group: next.group } : {}),
      ...(changed.includes('locale') ? { language: next.locale } : {}),
    })
    return presentContact(updated)
  })
}

/** Deactivates or reactivates a contact: a deactivated one is never invited or reminded. */
export async function setContactActive(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  contactId: number,
  active: boolean,
) {
  return withContact(deps, user, organisationId, contactId, async (tx, contact, audit) => {
    if ((contact.deactivatedAt === null) === active) return presentContact(contact)
    const now = deps.clock.now()
    const updated = await updateContact(tx, contactId, {
      deactivatedAt: active ? null : now,
      updatedAt: now,
    })
    await audit(active ? 'reactivate' : 'deactivate')
    return presentContact(updated ?? contact)
  })
}

/** Erases a contact: the row goes; the audit log keeps only that contact id was erased. */
export async function eraseContact(
  deps: AppDeps,
  user: SessionUser,
  organisationId: number,
  contactId: number,
) {
  return withContact(deps, user, organisationId, contactId, async (tx, _contact, audit) => {
    await deleteContact(tx, contactId)
    await audit('erase')
    return { erased: String(contactId) }
  })
}

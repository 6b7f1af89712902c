import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEFAULT_STAKEHOLDER_GROUPS } from '#surveys/domain/stakeholders'
import { assessmentHarness, auditEntries, rows } from '../support/assessments.ts'
import { createTestDb, type TestDatabase } from '../support/db.ts'

// A contact can be put in any group of the organisation: the six defaults and the custom groups
// its assessments added (issue 16.1), listed with their names for the edit dialog.

let database: TestDatabase
beforeAll(async () => {
  database = await createTestDb()
})
afterAll(() => database.close())

const NGOS = {
  key: 'ngos',
  names: { en: 'NGOs', 'zh-Hant': '非政府組織', 'zh-Hans': '非政府组织' },
  expectations: { en: 'Transparency', 'zh-Hant': '透明', 'zh-Hans': '透明' },
  channels: { en: 'Meetings', 'zh-Hant': '會議', 'zh-Hans': '会议' },
  weight: 1,
  axes: ['stakeholder'],
}

const storedGroup = async () =>
  (await rows<{ group: string }>(database, sql`SELECT "group" FROM contacts`))[0]?.group

describe('contacts in custom stakeholder groups', () => {
  test('the listing names every group; an edit moves a contact into a custom one', async () => {
    const h = await assessmentHarness(database)
    const contacts = `/api/organisations/${h.organisationId}/contacts`
    await h.admin.post(contacts, [
      { name: 'Ann Lee', email: 'ann@example.com', group: 'customers', language: 'en' },
    ])
    const before = (await h.admin.get(contacts)).json
    expect(before.groups.map((g: { key: string }) => g.key)).toEqual(
      DEFAULT_STAKEHOLDER_GROUPS.map((g) => g.key),
    )
    expect((await h.admin.post(`/api/assessments/${h.id}/groups`, NGOS)).status).toBe(201)
    const listed = (await h.admin.get(contacts)).json
    expect(listed.groups).toHaveLength(7)
    expect(listed.groups[6]).toEqual({ key: 'ngos', names: NGOS.names })
    expect(listed.groups[0]).toEqual({
      key: DEFAULT_STAKEHOLDER_GROUPS[0]?.key,
      names: DEFAULT_STAKEHOLDER_GROUPS[0]?.names,
    })

    const ann = `${contacts}/${listed.contacts[0].id}`
    const moved = await h.admin.patch(ann, { group: 'ngos' })
    expect([moved.status, moved.json.contact.group]).toEqual([200, 'ngos'])
    expect(await storedGroup()).toBe('ngos')
    // By a name in any language too; an unknown group is refused at the field, nothing stored.
    await h.admin.patch(ann, { group: 'customers' })
    expect((await h.admin.patch(ann, { group: '非政府組織' })).json.contact.group).toBe('ngos')
    const unknown = await h.admin.patch(ann, { group: 'Journalists' })
    expect(unknown.status).toBe(400)
    expect(unknown.json.error.fields.group).toEqual([
      'No stakeholder group is called “Journalists”.',
    ])
    expect(await storedGroup()).toBe('ngos')
    const [audit] = await auditEntries(database, 'contact')
    expect(audit).toMatchObject({ action: 'update', after: { changed: ['group'], group: 'ngos' } })

    // The assessment's custom group invites its contacts.
    const invited = await h.admin.post(`/api/assessments/${h.id}/invitations`, { groups: ['ngos'] })
    expect(invited.json).toEqual({ queued: 1, skipped: 0 })
  })
})

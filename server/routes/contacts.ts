import { Hono } from 'hono'
import * as v from 'valibot'
import {
  ImportContactsJson,
  ImportContactsQuery,
  ListContactsQuery,
  UpdateContactBody,
} from '#surveys/schemas/contacts'
import type { AppDeps, AppEnv } from '../context.ts'
import { requireUser } from '../middleware/session.ts'
import { CONTACT_COLUMNS } from '../services/contact-files.ts'
import {
  editContact,
  eraseContact,
  importContacts,
  listOrganisationContacts,
  setContactActive,
} from '../services/contacts.ts'
import { rowsRefusedMessage, uploadedRows } from '../upload.ts'
import { Id, jsonBody, params, query } from '../validate.ts'

const OrganisationParams = v.object({ id: Id })
const ContactParams = v.object({ id: Id, contactId: Id })

/** The organisation's stakeholder register: import, list, edit, deactivate, erase; audited. */
export function contactsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/contacts', params(OrganisationParams), query(ListContactsQuery), async (c) => {
      const { id } = c.req.valid('param')
      const { group, active } = c.req.valid('query')
      const filter = { group, active: active === undefined ? undefined : active === 'true' }
      return c.json(await listOrganisationContacts(deps, requireUser(c), id, filter))
    })
    .post('/contacts', params(OrganisationParams), query(ImportContactsQuery), async (c) => {
      const { id } = c.req.valid('param')
      const user = requireUser(c)
      const { rows, source } = await uploadedRows(c, CONTACT_COLUMNS, ImportContactsJson)
      const skipInvalid = c.req.valid('query').skipInvalid === 'true'
      const { rejected, ...result } = await importContacts(deps, user, id, {
        rows,
        source,
        skipInvalid,
      })
      if (!rejected) return c.json(result, result.created > 0 ? 201 : 200)
      const message = rowsRefusedMessage(result.errors, rows.length)
      return c.json({ error: { code: 'contacts_invalid', message }, ...result }, 422)
    })
    .patch(
      '/contacts/:contactId',
      params(ContactParams),
      jsonBody(UpdateContactBody),
      async (c) => {
        const { id, contactId } = c.req.valid('param')
        const body = c.req.valid('json')
        return c.json({ contact: await editContact(deps, requireUser(c), id, contactId, body) })
      },
    )
    .post('/contacts/:contactId/deactivate', params(ContactParams), async (c) => {
      const { id, contactId } = c.req.valid('param')
      return c.json({ contact: await setContactActive(deps, requireUser(c), id, contactId, false) })
    })
    .post('/contacts/:contactId/reactivate', params(ContactParams), async (c) => {
      const { id, contactId } = c.req.valid('param')
      return c.json({ contact: await setContactActive(deps, requireUser(c), id, contactId, true) })
    })
    .delete('/contacts/:contactId', params(ContactParams), async (c) => {
      const { id, contactId } = c.req.valid('param')
      return c.json(await eraseContact(deps, requireUser(c), id, contactId))
    })
}

import { type Context, Hono } from 'hono'
import * as v from 'valibot'
import {
  ImportContactsJson,
  ImportContactsQuery,
  ListContactsQuery,
  UpdateContactBody,
} from '#surveys/schemas/contacts'
import type { AppDeps, AppEnv } from '../context.ts'
import { DomainError, parseInput } from '../errors.ts'
import { requireUser } from '../middleware/session.ts'
import { CSV_TYPE, csvRows, jsonRows, XLSX_TYPE, xlsxRows } from '../services/contact-files.ts'
import {
  editContact,
  eraseContact,
  importContacts,
  listOrganisationContacts,
  setContactActive,
} from '../services/contacts.ts'
import { Id, jsonBody, params, query } from '../validate.ts'

const OrganisationParams = v.object({ id: Id })
const ContactParams = v.object({ id: Id, contactId: Id })

/** The import's rows from a JSON array, a CSV file or an XLSX workbook, by Content-Type. */
async function importRows(c: Context<AppEnv>) {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? ''
  if (type === 'application/json') {
    const body = await c.req.json().catch(() => {
      throw new DomainError(400, 'invalid_json', 'The body is not valid JSON.')
    })
    return { source: 'json' as const, rows: jsonRows(parseInput(ImportContactsJson, body)) }
  }
  if (type === CSV_TYPE) return { source: 'csv' as const, rows: csvRows(await c.req.text()) }
  if (type === XLSX_TYPE) {
    return { source: 'xlsx' as const, rows: await xlsxRows(await c.req.arrayBuffer()) }
  }
  throw new DomainError(
    415,
    'unsupported_media_type',
    'Send contacts as application/json, text/csv or an .xlsx workbook.',
  )
}

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
      const { rows, source } = await importRows(c)
      const skipInvalid = c.req.valid('query').skipInvalid === 'true'
      const { rejected, ...result } = await importContacts(deps, user, id, {
        rows,
        source,
        skipInvalid,
      })
      if (!rejected) return c.json(result, result.created > 0 ? 201 : 200)
      const invalid = new Set(result.errors.map((error) => error.row)).size
      const message = `${invalid} of ${rows.length} rows have errors; nothing was stored. Correct them, or import again with skipInvalid=true to store the others.`
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

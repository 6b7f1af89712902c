import { Hono } from 'hono'
import * as v from 'valibot'
import { InviteBody, RemindQuery } from '#surveys/schemas/invitations'
import { ReminderScheduleBody } from '#surveys/schemas/message-templates'
import type { AppDeps, AppEnv } from '../context.ts'
import { sendDownload } from '../download.ts'
import { linkOrigin } from '../link-origin.ts'
import { requireUser } from '../middleware/session.ts'
import { invitationTimeline } from '../services/invitation-timeline.ts'
import {
  invitationRates,
  invitationsMailMerge,
  inviteContacts,
  listAssessmentInvitations,
  listAssessmentOutbox,
} from '../services/invitations.ts'
import {
  getReminderSchedule,
  remindNonResponders,
  saveReminderSchedule,
} from '../services/reminders.ts'
import { Id, jsonBody, params, query } from '../validate.ts'

const AssessmentParams = v.object({ id: Id })

/**
 * Invitations by email: invite, remind (now, or on the reminder schedule), list, response rates
 * and timeline, the outbox and the mail-merge file.
 */
export function invitationsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post('/invitations', params(AssessmentParams), jsonBody(InviteBody), async (c) => {
      const { id } = c.req.valid('param')
      const result = await inviteContacts(deps, requireUser(c), id, c.req.valid('json'))
      return c.json(result, result.queued > 0 ? 201 : 200)
    })
    .post('/reminders', params(AssessmentParams), query(RemindQuery), async (c) => {
      const { id } = c.req.valid('param')
      const dryRun = c.req.valid('query').dryRun === 'true'
      const result = await remindNonResponders(deps, requireUser(c), id, dryRun)
      return c.json(result, result.queued > 0 && !dryRun ? 201 : 200)
    })
    .get('/reminder-schedule', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await getReminderSchedule(deps, requireUser(c), id))
    })
    .put(
      '/reminder-schedule',
      params(AssessmentParams),
      jsonBody(ReminderScheduleBody),
      async (c) => {
        const { id } = c.req.valid('param')
        return c.json(await saveReminderSchedule(deps, requireUser(c), id, c.req.valid('json')))
      },
    )
    .get('/invitations', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await listAssessmentInvitations(deps, requireUser(c), id))
    })
    .get('/invitations.csv', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      const origin = linkOrigin(c, deps.config)
      return sendDownload(c, await invitationsMailMerge(deps, requireUser(c), id, origin))
    })
    .get('/invitations/rates', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await invitationRates(deps, requireUser(c), id))
    })
    .get('/invitations/timeline', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      return c.json(await invitationTimeline(deps, requireUser(c), id))
    })
    .get('/outbox', params(AssessmentParams), async (c) => {
      const { id } = c.req.valid('param')
      const origin = linkOrigin(c, deps.config)
      return c.json(await listAssessmentOutbox(deps, requireUser(c), id, origin))
    })
}

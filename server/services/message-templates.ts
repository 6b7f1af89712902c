import { randomUUID } from 'node:crypto'
import type { Executor } from '#db/client'
import { insertMessages } from '#db/queries/invitations'
import { findOrganisation } from '#db/queries/members'
import {
  deleteMessageTemplate,
  listMessageTemplates,
  upsertMessageTemplate,
} from '#db/queries/message-templates'
import {
  addDays,
  DEFAULT_TEMPLATES,
  fillTemplate,
  formatDeadline,
  type MessageKind,
  type MessageTemplate,
  SAMPLE_NAMES,
  SAMPLE_TOKEN,
  utcDay,
} from '#surveys/domain/invitation-templates'
import { PLACEHOLDERS } from '#surveys/domain/template-check'
import { LOCALES, type Locale } from '#surveys/i18n/locales'
import {
  type MessageTemplateBody,
  TEMPLATE_KINDS,
  type TemplateTrial,
} from '#surveys/schemas/message-templates'
import type { AppDeps, SessionUser } from '../context.ts'
import { assessmentFor, CAN, withAssessment } from './access.ts'
import { messageHtml } from './mail-compose.ts'

/** Days from the invitation to the deadline the messages state, unless the admin sets one. */
export const DEFAULT_DEADLINE_DAYS = 14

export type TemplateSet = Record<MessageKind, Record<Locale, MessageTemplate>>

/** The templates an assessment's messages are written from: its own, else the built-in ones. */
export async function loadTemplates(db: Executor, assessmentId: number): Promise<TemplateSet> {
  const own = await listMessageTemplates(db, assessmentId)
  const set: TemplateSet = {
    invitation: { ...DEFAULT_TEMPLATES.invitation },
    reminder: { ...DEFAULT_TEMPLATES.reminder },
  }
  for (const row of own) {
    if (row.kind !== 'test') set[row.kind][row.locale] = { subject: row.subject, body: row.body }
  }
  return set
}

/** A message to one contact in their language; `{link}` stays until it is shown or sent. */
export function composeMessage(
  template: MessageTemplate,
  to: { name: string; locale: Locale },
  context: { organisation: string; deadline: string },
) {
  const values = {
    name: to.name,
    link: '{link}',
    organisation: context.organisation,
    deadline: formatDeadline(context.deadline, to.locale),
  }
  return {
    subject: fillTemplate(template.subject, values),
    body: fillTemplate(template.body, values),
  }
}

/** Every kind and language of the assessment's templates, with whether it is its own wording. */
export async function getTemplates(deps: AppDeps, user: SessionUser, assessmentId: number) {
  await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  const own = await listMessageTemplates(deps.database.db, assessmentId)
  const set = await loadTemplates(deps.database.db, assessmentId)
  return {
    placeholders: PLACEHOLDERS.map((name) => `{${name}}`),
    templates: TEMPLATE_KINDS.flatMap((kind) =>
      LOCALES.map((language) => ({
        kind,
        language,
        ...set[kind][language],
        custom: own.some((row) => row.kind === kind && row.locale === language),
      })),
    ),
  }
}

/** Stores the assessment's wording of one kind in one language; audited. */
export async function saveTemplate(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  key: { kind: MessageKind; language: Locale },
  text: MessageTemplateBody,
) {
  return withAssessment(deps, user, assessmentId, 'manageContacts', async (tx, _a, audit) => {
    await upsertMessageTemplate(
      tx,
      assessmentId,
      { kind: key.kind, locale: key.language },
      text,
      deps.clock.now(),
    )
    await audit({ action: 'update', entity: 'message_template', entityId: keyOf(key), after: text })
    return { ...key, ...text, custom: true }
  })
}

/** Back to the built-in wording of one kind in one language; audited when something changed. */
export async function resetTemplate(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  key: { kind: MessageKind; language: Locale },
) {
  return withAssessment(deps, user, assessmentId, 'manageContacts', async (tx, _a, audit) => {
    if (await deleteMessageTemplate(tx, assessmentId, { kind: key.kind, locale: key.language })) {
      await audit({ action: 'reset', entity: 'message_template', entityId: keyOf(key) })
    }
    return { ...key, ...DEFAULT_TEMPLATES[key.kind][key.language], custom: false }
  })
}

const keyOf = (key: { kind: string; language: string }) => `${key.kind}:${key.language}`

/** What a trial message says to the sample contact: subject, plain text and HTML. */
function renderTrial(trial: TemplateTrial, organisation: string, today: string, origin: string) {
  const { subject, body } = composeMessage(
    trial.template,
    { name: SAMPLE_NAMES[trial.language], locale: trial.language },
    { organisation, deadline: trial.deadline ?? addDays(today, DEFAULT_DEADLINE_DAYS) },
  )
  const link = `${origin}/s/${SAMPLE_TOKEN}`
  const text = body.replaceAll('{link}', link)
  return { subject, text, html: messageHtml(text, link, trial.language) }
}

/** The editor's text rendered for a sample contact in its language, as plain text and HTML. */
export async function previewTemplate(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  trial: TemplateTrial,
  origin: string,
) {
  const assessment = await assessmentFor(deps, user, assessmentId, CAN.manageContacts)
  const organisation = (await findOrganisation(deps.database.db, assessment.organisationId))?.name
  const today = utcDay(deps.clock.now())
  const { subject, text, html } = renderTrial(trial, organisation ?? '', today, origin)
  return { to: SAMPLE_NAMES[trial.language], subject, text, html }
}

/**
 * The editor's text sent to the signed-in user, written to the sample contact with an example
 * link: through the mail queue when SMTP is set, else into the outbox like every message.
 */
export async function sendTestMessage(
  deps: AppDeps,
  user: SessionUser,
  assessmentId: number,
  trial: TemplateTrial,
) {
  const today = utcDay(deps.clock.now())
  const messageIds = await withAssessment(
    deps,
    user,
    assessmentId,
    'manageContacts',
    async (tx, assessment, audit) => {
      const organisation = (await findOrganisation(tx, assessment.organisationId))?.name ?? ''
      const { subject, body } = composeMessage(
        trial.template,
        { name: SAMPLE_NAMES[trial.language], locale: trial.language },
        { organisation, deadline: trial.deadline ?? addDays(today, DEFAULT_DEADLINE_DAYS) },
      )
      const ids = await insertMessages(tx, [
        {
          assessmentId,
          invitationId: null,
          kind: 'test',
          idempotencyKey: `test:${randomUUID()}`,
          createdAt: deps.clock.now(),
          recipient: user.email,
          locale: trial.language,
          subject,
          body,
        },
      ])
      await audit({ action: 'test_send', entity: 'message_template', entityId: keyOf(trial) })
      return ids
    },
  )
  await deps.mail?.enqueue(messageIds)
  return { queued: messageIds.length, to: user.email, delivery: deps.mail ? 'email' : 'outbox' }
}

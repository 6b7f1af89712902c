import { sql } from 'drizzle-orm'
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import type { DraftDecision } from '#surveys/domain/confirmation'
import type { Horizon, IroScores, IroType, ValueChainStage } from '#surveys/domain/iros'
import type { Aspect, AssessmentMethod, HkexMapping } from '#surveys/domain/model'
import type { AssessmentSettings } from '#surveys/domain/settings'
import type { Locale, LocalizedText } from '#surveys/i18n/locales'

// Every table's columns are camelCase in TypeScript and snake_case in SQL (`casing` in client.ts).

const id = () => bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity()
const ref = () => bigint({ mode: 'number' })
const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow()
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' })

export const role = pgEnum('role', [
  'admin',
  'analyst',
  'reviewer',
  'approver',
  'viewer',
  'assessor',
])
export const assessmentStatus = pgEnum('assessment_status', [
  'draft',
  'open',
  'closed',
  'confirmed',
  'approved',
])
export const axis = pgEnum('axis', ['impact', 'stakeholder'])
export const linkKind = pgEnum('link_kind', ['open', 'single-use'])
export const approvalDecision = pgEnum('approval_decision', ['approve', 'return'])
export const contactLocale = pgEnum('contact_locale', ['en', 'zh-Hant', 'zh-Hans'])
export const messageKind = pgEnum('message_kind', ['invitation', 'reminder', 'test'])
export const messageStatus = pgEnum('message_status', ['queued', 'sent', 'failed', 'bounced'])

export const organisations = pgTable('organisations', {
  id: id(),
  name: text().notNull(),
  createdAt: createdAt(),
})

export const users = pgTable(
  'users',
  {
    id: id(),
    /** Stored lower-cased; the unique index makes sign-in case-insensitive. */
    email: text().notNull(),
    name: text().notNull(),
    /** scrypt$N$r$p$salt$hash, see server/services/passwords.ts. */
    passwordHash: text().notNull(),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when someone else chose the password (an admin adding a member): until the user picks
     * their own, the API answers only me, logout and password (server/middleware/password-change.ts).
     */
    mustChangePassword: boolean().notNull().default(false),
    /** Set by an admin: the account cannot sign in and has no sessions until reactivated. */
    deactivatedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_unique').on(t.email)],
)

export const memberships = pgTable(
  'memberships',
  {
    userId: ref()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organisationId: ref()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    role: role().notNull(),
    /**
     * The name this organisation knows the member by, as its admin typed it: adding an account
     * that exists elsewhere must not show that account's own name.
     */
    name: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.organisationId] }),
    index('memberships_organisation_idx').on(t.organisationId),
  ],
)

/** Sign-in sessions; only the SHA-256 of the cookie's token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: bytea().primaryKey(),
    userId: ref()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
)

/** The one-time link that lets the first person create the admin account. */
export const setupTokens = pgTable('setup_tokens', {
  tokenHash: bytea().primaryKey(),
  createdAt: createdAt(),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
  usedAt: timestamp({ withTimezone: true }),
})

/**
 * Sliding-window logs shared by every server instance (password tries, survey guesses): per key,
 * the times of the most recent attempts, newest first, never more than the limit allows. The key
 * is a purpose and a keyed hash (server/services/limit-keys.ts): no address or email in clear.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text().primaryKey(),
    attempts: timestamp({ withTimezone: true }).array().notNull().default(sql`'{}'`),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rate_limits_updated_idx').on(t.updatedAt)],
)

/** Server-wide secrets generated on first start, so every instance derives the same keys. */
export const serverSecrets = pgTable('server_secrets', {
  name: text().primaryKey(),
  value: bytea().notNull(),
  createdAt: createdAt(),
})

export const assessments = pgTable(
  'assessments',
  {
    id: id(),
    organisationId: ref()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    periodStart: date({ mode: 'string' }),
    periodEnd: date({ mode: 'string' }),
    status: assessmentStatus().notNull().default('draft'),
    /** The stakeholder matrix (Mode A) or double materiality (Mode B), fixed at creation. */
    method: text().$type<AssessmentMethod>().notNull().default('matrix'),
    settings: jsonb().$type<AssessmentSettings>().notNull(),
    /** The assessment this one was copied from, for year-over-year comparison. */
    previousId: ref().references((): AnyPgColumn => assessments.id, { onDelete: 'set null' }),
    createdBy: ref().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('assessments_organisation_idx').on(t.organisationId),
    check('assessments_method_check', sql`${t.method} in ('matrix', 'double')`),
  ],
)

export const assessmentIssues = pgTable(
  'assessment_issues',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    aspect: text().$type<Aspect>().notNull(),
    names: jsonb().$type<LocalizedText>().notNull(),
    descriptions: jsonb().$type<LocalizedText>().notNull(),
    hkex: jsonb().$type<HkexMapping>().notNull(),
    gri: jsonb().$type<string[]>().notNull(),
    position: integer().notNull(),
  },
  (t) => [uniqueIndex('assessment_issues_code_unique').on(t.assessmentId, t.code)],
)

export const stakeholderGroups = pgTable(
  'stakeholder_groups',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    names: jsonb().$type<LocalizedText>().notNull(),
    expectations: jsonb().$type<LocalizedText>().notNull(),
    channels: jsonb().$type<LocalizedText>().notNull(),
    weight: doublePrecision().notNull().default(1),
    axes: axis().array().notNull(),
    position: integer().notNull(),
  },
  (t) => [
    uniqueIndex('stakeholder_groups_key_unique').on(t.assessmentId, t.key),
    check('stakeholder_groups_weight_check', sql`${t.weight} >= 0`),
  ],
)

/** A survey link; the token itself is never stored, only its SHA-256. */
export const surveyLinks = pgTable(
  'survey_links',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    groupId: ref()
      .notNull()
      .references(() => stakeholderGroups.id, { onDelete: 'cascade' }),
    kind: linkKind().notNull(),
    tokenHash: bytea().notNull(),
    /**
     * An open link's token in clear, so the link and its QR code can be shown again: it is meant
     * for posters and group chats. Single-use tokens are never stored, only their hashes.
     */
    openToken: text(),
    maxResponses: integer(),
    /**
     * Responses taken, kept only for capped links: the submit statement bumps it, and the check
     * below makes a concurrent submit past the cap fail instead of slipping through.
     */
    responseCount: integer().notNull().default(0),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdBy: ref().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('survey_links_token_unique').on(t.tokenHash),
    /** The target of responses' composite foreign key (link, assessment, group). */
    uniqueIndex('survey_links_scope_unique').on(t.id, t.assessmentId, t.groupId),
    // The links list pages newest first by id (keyset), in all groups or in one.
    index('survey_links_assessment_idx').on(t.assessmentId, t.id),
    index('survey_links_group_idx').on(t.assessmentId, t.groupId, t.id),
    check('survey_links_open_token_check', sql`${t.kind} = 'open' OR ${t.openToken} IS NULL`),
    check(
      'survey_links_max_responses_check',
      sql`${t.maxResponses} IS NULL OR ${t.maxResponses} > 0`,
    ),
    check(
      'survey_links_response_count_check',
      sql`${t.maxResponses} IS NULL OR ${t.responseCount} <= ${t.maxResponses}`,
    ),
  ],
)

/**
 * Answers saved before submit. A single-use link has one draft (resumeKey ''); an open link
 * has one per respondent, found again by the hash of their resume code.
 */
export const drafts = pgTable(
  'drafts',
  {
    id: id(),
    linkId: ref()
      .notNull()
      .references(() => surveyLinks.id, { onDelete: 'cascade' }),
    resumeKey: bytea().notNull(),
    answers: jsonb().notNull(),
    locale: text().$type<Locale>().notNull(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /**
     * An open link's draft: the keyed hash of the address that started it, for the per-address
     * quota (single-use drafts are one per link and carry none). Never the address itself.
     */
    addressHash: bytea(),
  },
  (t) => [
    uniqueIndex('drafts_link_resume_unique').on(t.linkId, t.resumeKey),
    index('drafts_link_address').on(t.linkId, t.addressHash),
    // Expired drafts are swept oldest first.
    index('drafts_updated_at').on(t.updatedAt),
  ],
)

/** A submitted response. Drafts live apart, so every row here counts in the scores. */
export const responses = pgTable(
  'responses',
  {
    id: id(),
    // One composite foreign key to the link (below) instead of one each to assessment, group
    // and link: a foreign key check locks the row it points to, and every submit locking the
    // same assessment and group rows made them the hottest rows in the database.
    assessmentId: ref().notNull(),
    groupId: ref().notNull(),
    linkId: ref().notNull(),
    /** True for a single-use link: the partial unique index allows one response per such link. */
    singleUse: boolean().notNull(),
    /** An open link's per-browser id, so one browser answers once. */
    browserId: uuid(),
    submissionId: uuid().notNull(),
    locale: text().notNull(),
    startedAt: timestamp({ withTimezone: true }),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Quality flags computed at submit (straight-lining, speeding); kept, never used to delete. */
    flags: text().array().notNull().default(sql`'{}'::text[]`),
    /** Keyed hash of the client address, for per-address rate limits; never the address itself. */
    addressHash: bytea(),
    suggestedIssues: text(),
  },
  (t) => [
    foreignKey({
      name: 'responses_link_fk',
      columns: [t.linkId, t.assessmentId, t.groupId],
      foreignColumns: [surveyLinks.id, surveyLinks.assessmentId, surveyLinks.groupId],
    }).onDelete('cascade'),
    uniqueIndex('responses_submission_unique').on(t.assessmentId, t.submissionId),
    uniqueIndex('responses_single_use_link_unique').on(t.linkId).where(sql`${t.singleUse}`),
    uniqueIndex('responses_browser_unique')
      .on(t.linkId, t.browserId)
      .where(sql`${t.browserId} IS NOT NULL`),
    index('responses_assessment_idx').on(t.assessmentId, t.id),
    // A link's responses: its state in the links list, and cascading a link's deletion.
    index('responses_link_idx').on(t.linkId),
    index('responses_address_idx').on(t.addressHash, t.submittedAt),
    check(
      'responses_suggested_issues_length_check',
      sql`char_length(${t.suggestedIssues}) <= 2000`,
    ),
  ],
)

/** One row per response × issue × axis; a null score is "don't know / not applicable". */
export const ratings = pgTable(
  'ratings',
  {
    responseId: ref()
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    // No foreign key to assessment_issues on purpose: the submit statement admits only issues of
    // the link's assessment, issues cannot be removed once an assessment opens, and 66 checks
    // locking the same 33 issue rows on every submit serialised concurrent submits.
    issueId: ref().notNull(),
    axis: axis().notNull(),
    score: smallint(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.issueId, t.axis] }),
    check('ratings_score_check', sql`${t.score} BETWEEN 1 AND 7`),
  ],
)

export const responseComments = pgTable(
  'response_comments',
  {
    responseId: ref()
      .notNull()
      .references(() => responses.id, { onDelete: 'cascade' }),
    issueId: ref()
      .notNull()
      .references(() => assessmentIssues.id, { onDelete: 'cascade' }),
    body: text().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.responseId, t.issueId] }),
    check('response_comments_length_check', sql`char_length(${t.body}) BETWEEN 1 AND 2000`),
  ],
)

/**
 * Per (issue, axis, group, flagged) running sums of submitted scores up to a watermark, so the
 * matrix adds only the responses that arrived since (see db/queries/score-sums.ts).
 */
export const scoreSums = pgTable(
  'score_sums',
  {
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    issueId: ref()
      .notNull()
      .references(() => assessmentIssues.id, { onDelete: 'cascade' }),
    axis: axis().notNull(),
    groupId: ref()
      .notNull()
      .references(() => stakeholderGroups.id, { onDelete: 'cascade' }),
    flagged: boolean().notNull(),
    n: bigint({ mode: 'number' }).notNull(),
    sum: bigint({ mode: 'number' }).notNull(),
    sumSquares: bigint({ mode: 'number' }).notNull(),
    dontKnow: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.issueId, t.axis, t.groupId, t.flagged] })],
)

/** Submitted responses per (group, flagged) up to the same watermark: the matrix's response counts. */
export const scoreResponseCounts = pgTable(
  'score_response_counts',
  {
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    groupId: ref()
      .notNull()
      .references(() => stakeholderGroups.id, { onDelete: 'cascade' }),
    flagged: boolean().notNull(),
    responses: bigint({ mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.groupId, t.flagged] })],
)

/** The highest response id folded into score_sums, per assessment. */
export const scoreWatermarks = pgTable('score_watermarks', {
  assessmentId: ref()
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  responseId: bigint({ mode: 'number' }).notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** A confirmed, immutable snapshot of the result; a trigger forbids UPDATE and DELETE. */
export const confirmations = pgTable(
  'confirmations',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'restrict' }),
    version: integer().notNull(),
    /** Canonical JSON (sorted keys) of the snapshot; `hash` is its SHA-256 in hex. */
    snapshot: text().notNull(),
    hash: text().notNull(),
    confirmedBy: ref()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('confirmations_version_unique').on(t.assessmentId, t.version)],
)

/**
 * The confirmation page's working copy, one per assessment, shared by its reviewers. `version`
 * goes up by one on every save; a save names the version it started from, so two reviewers
 * never overwrite each other silently. Removed when the assessment is confirmed.
 */
export const confirmationDrafts = pgTable('confirmation_drafts', {
  assessmentId: ref()
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  decisions: jsonb().$type<DraftDecision[]>().notNull(),
  order: jsonb().$type<string[]>().notNull(),
  version: integer().notNull(),
  updatedBy: ref().references(() => users.id, { onDelete: 'set null' }),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
})

export const approvals = pgTable(
  'approvals',
  {
    id: id(),
    confirmationId: ref()
      .notNull()
      .references(() => confirmations.id, { onDelete: 'restrict' }),
    decision: approvalDecision().notNull(),
    comment: text().notNull(),
    decidedBy: ref()
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    /**
     * The decider was given the right to approve after the confirmation by the person who
     * confirmed it (surveys/domain/approval.ts#appointedByConfirmer): not an independent review.
     */
    appointedByConfirmer: boolean().notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('approvals_confirmation_unique').on(t.confirmationId)],
)

/**
 * Append-only record of every state change. No foreign keys on purpose: the log outlives what
 * it describes. A trigger forbids UPDATE and DELETE.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    organisationId: ref().notNull(),
    assessmentId: ref(),
    actorId: ref(),
    action: text().notNull(),
    entity: text().notNull(),
    entityId: text(),
    before: jsonb(),
    after: jsonb(),
    reason: text(),
    createdAt: createdAt(),
  },
  (t) => [
    index('audit_log_organisation_idx').on(t.organisationId, t.createdAt),
    index('audit_log_assessment_idx').on(t.assessmentId, t.createdAt),
  ],
)

/**
 * The organisation's stakeholder register, reused across assessments. Personal data: erasing a
 * contact deletes the row, and the audit log records contacts by id only (never name or email).
 * Nothing here points at a survey link or a response, and nothing there points here.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    organisationId: ref()
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    /** Stored lower-cased; one contact per address in an organisation. */
    email: text().notNull(),
    /** A stakeholder group key (e.g. `customers`), matched to an assessment's groups by key. */
    group: text().notNull(),
    locale: contactLocale().notNull(),
    affiliation: text().notNull().default(''),
    /** Deactivated contacts stay in the register but are never invited or reminded. */
    deactivatedAt: timestamp({ withTimezone: true }),
    /** Unsubscribed (one click in an email) or bounced: never emailed again. */
    unsubscribedAt: timestamp({ withTimezone: true }),
    bouncedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('contacts_email_unique').on(t.organisationId, t.email)],
)

/**
 * A contact invited to an assessment. Anonymous by construction: no link id, no token hash, no
 * time finer than a day. While unused it holds its survey link's token (to show the link in the
 * outbox and the mail-merge file and to remind); using the link clears it, so afterwards nothing
 * stored leads from a response to this row (test/server/invitations-anonymity.test.ts).
 */
export const invitations = pgTable(
  'invitations',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    contactId: ref()
      .notNull()
      .references(() => contacts.id, { onDelete: 'cascade' }),
    groupId: ref()
      .notNull()
      .references(() => stakeholderGroups.id, { onDelete: 'cascade' }),
    /** The survey link's token in clear until it is used; null after. */
    token: text(),
    /** The deadline the messages state (a date, as the template writes it). */
    deadline: date({ mode: 'string' }).notNull(),
    invitedOn: date({ mode: 'string' }).notNull(),
    /** The UTC day the link was first loaded, and the day it was used to answer. */
    openedOn: date({ mode: 'string' }),
    respondedOn: date({ mode: 'string' }),
    reminders: integer().notNull().default(0),
    lastRemindedOn: date({ mode: 'string' }),
  },
  (t) => [
    uniqueIndex('invitations_contact_unique').on(t.assessmentId, t.contactId),
    uniqueIndex('invitations_token_unique').on(t.token),
    index('invitations_group_idx').on(t.assessmentId, t.groupId),
  ],
)

/**
 * The outbox: every message to a contact, queued until a mail worker sends it (or, with no SMTP
 * server, until someone sends it from the organisation's own mail). The body keeps `{link}` as
 * a placeholder: the link is the invitation's token, shown only while unused.
 */
export const messages = pgTable(
  'messages',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    /** Null for a test send (kind `test`) to the signed-in user: no contact, no invitation. */
    invitationId: ref().references(() => invitations.id, { onDelete: 'cascade' }),
    kind: messageKind().notNull(),
    /**
     * invitation:<id>:0 for the invitation, :<n> for reminder n: one message each, ever.
     * test:<random> for a test send.
     */
    idempotencyKey: text().notNull(),
    recipient: text().notNull(),
    locale: contactLocale().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    status: messageStatus().notNull().default('queued'),
    /** The SMTP server's reply to a failed or bounced send. */
    error: text(),
    /**
     * Set by the worker that sends it, before sending. A message claimed but still queued was
     * being sent when its worker died: it is never sent again (it may have gone out).
     */
    claimedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('messages_idempotency_unique').on(t.idempotencyKey),
    index('messages_assessment_idx').on(t.assessmentId, t.id),
    index('messages_invitation_idx').on(t.invitationId),
  ],
)

/**
 * An assessment's own wording of a message kind in one language; without a row the built-in
 * text (surveys/domain/invitation-templates.ts) is used. Placeholders stay in the text.
 */
export const messageTemplates = pgTable(
  'message_templates',
  {
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    kind: messageKind().notNull(),
    locale: contactLocale().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.assessmentId, t.kind, t.locale] })],
)

/**
 * When an assessment's non-responders are reminded by the scheduled job: `days` after the
 * invitation, at most `maxReminders` in all (Remind now included), `minGapDays` apart. Without a
 * row: no scheduled days, at most 3, 3 days apart.
 */
export const reminderSchedules = pgTable('reminder_schedules', {
  assessmentId: ref()
    .primaryKey()
    .references(() => assessments.id, { onDelete: 'cascade' }),
  days: integer().array().notNull().default(sql`'{}'::integer[]`),
  maxReminders: integer().notNull().default(3),
  minGapDays: integer().notNull().default(3),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/**
 * The IRO register of a double-materiality assessment (issue 15): impacts, risks and
 * opportunities, each under one of the assessment's issues (its topics).
 */
export const iros = pgTable(
  'iros',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    issueId: ref()
      .notNull()
      .references(() => assessmentIssues.id, { onDelete: 'cascade' }),
    type: text().$type<IroType>().notNull(),
    actual: boolean().notNull(),
    humanRights: boolean().notNull().default(false),
    valueChain: jsonb().$type<ValueChainStage[]>().notNull(),
    horizons: jsonb().$type<Horizon[]>().notNull(),
    description: text().notNull(),
    affectedStakeholders: jsonb().$type<string[]>().notNull(),
    evidence: jsonb().$type<{ url?: string; note?: string }[]>().notNull(),
    owner: text(),
    createdBy: ref().references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('iros_assessment_idx').on(t.assessmentId, t.issueId),
    check(
      'iros_type_check',
      sql`${t.type} in ('negative-impact', 'positive-impact', 'risk', 'opportunity')`,
    ),
  ],
)

/** One assessor's scores of one IRO (1–5 each, absent = not scored), replaced on each save. */
export const iroScores = pgTable(
  'iro_scores',
  {
    iroId: ref()
      .notNull()
      .references(() => iros.id, { onDelete: 'cascade' }),
    assessorId: ref()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    scores: jsonb().$type<IroScores>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.iroId, t.assessorId] })],
)

/**
 * Who is asked to score an IRO: assigned by hand or a whole topic at once. An assessor sees what
 * is assigned to them first; anyone who may score can still score any IRO.
 */
export const iroAssignments = pgTable(
  'iro_assignments',
  {
    iroId: ref()
      .notNull()
      .references(() => iros.id, { onDelete: 'cascade' }),
    assessorId: ref()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    assignedBy: ref().references(() => users.id, { onDelete: 'set null' }),
    assignedAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.iroId, t.assessorId] }),
    index('iro_assignments_assessor_idx').on(t.assessorId),
  ],
)

/** A reminder recorded in the product for an assessor with IROs left to score (no email). */
export const assessorReminders = pgTable(
  'assessor_reminders',
  {
    id: id(),
    assessmentId: ref()
      .notNull()
      .references(() => assessments.id, { onDelete: 'cascade' }),
    assessorId: ref()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    sentBy: ref().references(() => users.id, { onDelete: 'set null' }),
    note: text(),
    /** How many assigned IROs were left unscored when the reminder was sent. */
    remaining: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('assessor_reminders_assessment_idx').on(t.assessmentId, t.assessorId)],
)

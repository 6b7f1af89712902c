import type { Aspect, AssessmentStatus, Axis, HkexMapping, Role } from '#surveys/domain/model'
import { can } from '#surveys/domain/permissions'
import type { AssessmentSettings } from '#surveys/domain/settings'
import type { LocalizedText } from '#surveys/i18n/locales'
import type { LinkKind, LinkState } from '#surveys/schemas/links'

/** GET /api/assessments/:id, as the assessment pages use it. */
export interface AssessmentDetail {
  id: string
  organisationId: string
  name: string
  status: AssessmentStatus
  periodStart: string | null
  periodEnd: string | null
  settings: AssessmentSettings
  previousId: string | null
  createdAt: string
  openedAt: string | null
  closedAt: string | null
  role: Role
  axisSources: Record<Axis, string[]>
}

export interface Issue {
  id: string
  code: string
  aspect: Aspect
  names: LocalizedText
  descriptions: LocalizedText
  hkex: HkexMapping
  gri: string[]
  position: number
}

export interface Group {
  id: string
  key: string
  names: LocalizedText
  weight: number
  axes: Axis[]
  expectations: LocalizedText
  channels: LocalizedText
  position: number
}

export interface NewLink {
  id: string
  token: string
  url: string
}

export interface LinkRow {
  id: string
  group: string
  kind: LinkKind
  status: LinkState
  completions: number
  maxResponses: number | null
  createdAt: string
  expiresAt: string | null
  revokedAt: string | null
  /** An open link's address, kept so it can be shown again; null for single-use links. */
  url: string | null
}

/** GET …/links: a page and the cursors of the pages either side (null at either end). */
export interface LinkPage {
  links: LinkRow[]
  total: number
  nextCursor: string | null
  prevCursor: string | null
}

export interface GroupProgress {
  id: string
  key: string
  names: LocalizedText
  invited: number
  started: number
  startedSingleUse: number
  completed: number
  completedSingleUse: number
  completionRate: number | null
  openLinks: number
  completedOpen: number
  /** Responses per calendar day (the browser's time zone), oldest first, days with some. */
  perDay: { day: string; count: number }[]
}

export interface ResponseProgress {
  groups: GroupProgress[]
  totals: { invited: number; started: number; completed: number; completionRate: number | null }
  checkedAt: string
}

/** Admins and analysts change assessments; every other role reads them. */
export const canEdit = (assessment: Pick<AssessmentDetail, 'role' | 'status'>) =>
  can(assessment.role, 'edit') &&
  assessment.status !== 'confirmed' &&
  assessment.status !== 'approved'

/** Whether the scoring settings have locked (the survey has opened). */
export const isLocked = (assessment: Pick<AssessmentDetail, 'status'>) =>
  assessment.status !== 'draft'

/** GET /api/assessments/:id/comments. */
export interface RespondentComments {
  comments: { issueId: string; group: string; locale: string; body: string; submittedOn: string }[]
  suggestions: { group: string; locale: string; body: string; submittedOn: string }[]
}

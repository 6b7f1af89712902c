import { can } from '#surveys/domain/permissions'
import type { Data, server } from '../shared/api.ts'

// What the assessment pages get from the server: each type is its route's own answer
// (client/shared/api.ts), so a field the server adds or drops shows here at compile time.

type AssessmentRoutes = (typeof server.assessments)[':id']

/** GET /api/assessments/:id: the assessment with the caller's role and who rates which axis. */
export type AssessmentDetail = Data<AssessmentRoutes['$get']>

export type Issue = Data<AssessmentRoutes['issues']['$get']>['issues'][number]

export type Group = Data<AssessmentRoutes['groups']['$get']>['groups'][number]

/** POST …/links: a new link; its token is shown this once. */
export type NewLink = Data<AssessmentRoutes['links']['$post']>['links'][number]

/** GET …/links: a page and the cursors of the pages either side (null at either end). */
export type LinkPage = Data<AssessmentRoutes['links']['$get']>

export type LinkRow = LinkPage['links'][number]

/** GET …/responses: survey progress per stakeholder group. */
export type ResponseProgress = Data<AssessmentRoutes['responses']['$get']>

export type GroupProgress = ResponseProgress['groups'][number]

/** GET …/comments: respondents' comments and suggested issues. */
export type RespondentComments = Data<AssessmentRoutes['comments']['$get']>

/** What every tab of an assessment page receives. */
export interface AssessmentTabProps {
  assessment: AssessmentDetail
  /** Reloads the assessment, e.g. after its status or settings change. */
  reload(): void
}

/** Admins and analysts change assessments; every other role reads them. */
export const canEdit = (assessment: Pick<AssessmentDetail, 'role' | 'status'>) =>
  can(assessment.role, 'edit') &&
  assessment.status !== 'confirmed' &&
  assessment.status !== 'approved'

/** Whether the scoring settings have locked (the survey has opened). */
export const isLocked = (assessment: Pick<AssessmentDetail, 'status'>) =>
  assessment.status !== 'draft'

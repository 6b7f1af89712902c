import type { FunctionComponent } from 'preact'
import { can } from '#surveys/domain/permissions'
import { assessmentText } from '#surveys/i18n/assessment'
import { auditText } from '#surveys/i18n/audit'
import { commentsText } from '#surveys/i18n/comments'
import { doubleText } from '#surveys/i18n/double-materiality'
import { invitationsText } from '#surveys/i18n/invitations'
import type { Locale } from '#surveys/i18n/locales'
import type { AssessmentDetail, AssessmentTabProps } from './assessment-types.ts'
import { IrosTab } from './iros/iros-tab.tsx'
import { GroupsTab } from './pages/assessment/groups.tsx'
import { InvitationsTab } from './pages/assessment/invitations.tsx'
import { IssuesTab } from './pages/assessment/issues.tsx'
import { LinksTab } from './pages/assessment/links.tsx'
import { OverviewTab } from './pages/assessment/overview.tsx'
import { ResponsesTab } from './pages/assessment/responses.tsx'
import { AuditTab } from './pages/audit.tsx'
import { CommentsTab } from './pages/comments.tsx'
import { ConfirmationTab } from './pages/confirmation.tsx'
import { MatrixTab } from './pages/matrix.tsx'

export interface AssessmentTab {
  /** The path segment after /assessments/:id ('' for the overview). */
  slug: string
  title(locale: Locale): string
  page: FunctionComponent<AssessmentTabProps>
  /** Shown only for the assessments this holds for (e.g. double materiality); default all. */
  when?: (assessment: AssessmentDetail) => boolean
}

const text = (key: keyof (typeof assessmentText)['en']) => (locale: Locale) =>
  String(assessmentText[locale][key])

/**
 * The sections of an assessment page, in nav order. Adding one is one line here: its slug,
 * title and page component (which receives the loaded assessment).
 */
export const ASSESSMENT_TABS: AssessmentTab[] = [
  { slug: '', title: text('tabOverview'), page: OverviewTab },
  { slug: 'issues', title: text('tabIssues'), page: IssuesTab },
  {
    slug: 'iros',
    title: (locale) => doubleText[locale].tab,
    page: IrosTab,
    when: (assessment) => assessment.method === 'double',
  },
  { slug: 'groups', title: text('tabGroups'), page: GroupsTab },
  { slug: 'links', title: text('tabLinks'), page: LinksTab },
  {
    slug: 'invitations',
    title: (locale) => invitationsText[locale].tab,
    page: InvitationsTab,
    when: (assessment) => can(assessment.role, 'manageContacts'),
  },
  { slug: 'responses', title: text('tabResponses'), page: ResponsesTab },
  { slug: 'matrix', title: text('tabMatrix'), page: MatrixTab },
  { slug: 'comments', title: (locale) => commentsText[locale].title, page: CommentsTab },
  { slug: 'confirmation', title: text('tabConfirmation'), page: ConfirmationTab },
  { slug: 'audit', title: (locale) => auditText[locale].title, page: AuditTab },
]

/** The tabs an assessment shows. */
export const tabsFor = (assessment: AssessmentDetail) =>
  ASSESSMENT_TABS.filter((tab) => !tab.when || tab.when(assessment))

import type { FunctionComponent } from 'preact'
import { AssessmentPage } from './pages/assessment-page.tsx'
import { AssessmentsPage } from './pages/assessments.tsx'
import { ContactsPage } from './pages/contacts.tsx'
import { DisclosurePage } from './pages/disclosure.tsx'
import { LoginPage } from './pages/login.tsx'
import { MembersPage } from './pages/members.tsx'
import { NewAssessmentPage } from './pages/new-assessment.tsx'
import { PasswordPage } from './pages/password.tsx'
import { SetupPage } from './pages/setup.tsx'

export interface Route {
  pattern: string
  page: FunctionComponent<{ params: Record<string, string> }>
  /** Pages anyone may open; the rest send a signed-out visitor to sign in. */
  public?: boolean
}

/** Where a user with a temporary password is kept until they choose their own. */
export const PASSWORD_PATH = '/account/password'

/** Every admin page, first match wins. */
export const ROUTES: Route[] = [
  { pattern: '/login', page: LoginPage, public: true },
  { pattern: '/setup', page: SetupPage, public: true },
  { pattern: '/assessments', page: AssessmentsPage },
  { pattern: '/assessments/new', page: NewAssessmentPage },
  { pattern: '/assessments/:id/disclosure', page: DisclosurePage },
  { pattern: '/assessments/:id', page: AssessmentPage },
  { pattern: '/assessments/:id/:tab', page: AssessmentPage },
  { pattern: '/settings/members', page: MembersPage },
  { pattern: '/settings/contacts', page: ContactsPage },
  { pattern: PASSWORD_PATH, page: PasswordPage },
]

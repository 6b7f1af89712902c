import { type AssessmentIssue, listIssues } from '#db/queries/assessments'
import { findDraft } from '#db/queries/drafts'
import type { SurveyLinkState } from '#db/queries/survey'
import { ASPECT_NAMES, type Aspect, AXIS_NAMES } from '#surveys/domain/model'
import { axisQuestion, scaleLabels } from '#surveys/domain/questionnaire'
import { type Locale, negotiateLocale } from '#surveys/i18n/locales'
import type { AppDeps } from '../context.ts'
import { noteLinkOpened } from './invitations.ts'
import { draftsLiveAfter, SINGLE_USE_DRAFT } from './survey-drafts.ts'
import { usableLink } from './survey-link.ts'

export interface QuestionnaireRequest {
  locale?: Locale | undefined
  acceptLanguage?: string | undefined
  browserId?: string | undefined
  address: string
}

/**
 * What a respondent answers, in their language: ?locale=, else Accept-Language, else the
 * assessment's default. A single-use link's saved draft comes along, so resuming costs no
 * second round trip on a slow network.
 */
export async function getQuestionnaire(
  deps: AppDeps,
  token: string,
  request: QuestionnaireRequest,
) {
  const link = await usableLink(deps, token, request.address, request.browserId)
  if (link.kind === 'single-use') await noteLinkOpened(deps, token)
  const locale =
    request.locale ?? negotiateLocale(request.acceptLanguage) ?? link.settings.defaultLocale
  const { db } = deps.database
  const issues = await listIssues(db, link.assessmentId)
  const draft =
    link.kind === 'single-use'
      ? await findDraft(db, link.linkId, SINGLE_USE_DRAFT, draftsLiveAfter(deps.clock.now()))
      : undefined
  return {
    ...presentQuestionnaire(link, issues, locale),
    draft: draft
      ? { answers: draft.answers, locale: draft.locale, savedAt: draft.updatedAt.toISOString() }
      : null,
  }
}

function presentQuestionnaire(link: SurveyLinkState, issues: AssessmentIssue[], locale: Locale) {
  const max = link.settings.scaleMax
  const aspects = [...new Set(issues.map((issue) => issue.aspect))]
  return {
    assessment: { name: link.assessmentName, organisation: link.organisationName },
    group: { key: link.groupKey, name: link.groupNames[locale] },
    kind: link.kind,
    locale,
    scale: {
      min: 1,
      max,
      labels: scaleLabels(max).map(({ value, label }) => ({ value, label: label[locale] })),
    },
    axes: link.groupAxes.map((key) => ({
      key,
      label: AXIS_NAMES[key][locale],
      question: axisQuestion(key)[locale],
    })),
    aspects: aspects.map((key: Aspect) => ({ key, name: ASPECT_NAMES[key][locale] })),
    issues: issues.map((issue) => ({
      id: String(issue.id),
      code: issue.code,
      aspect: issue.aspect,
      name: issue.names[locale],
      description: issue.descriptions[locale],
      axes: link.groupAxes,
    })),
  }
}

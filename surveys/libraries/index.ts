import { esrsIssues } from './esrs.ts'
import { ESRS_2023 } from './esrs-2023.ts'
import { HKEX_33 } from './hkex-33.ts'

/** The ESRS lists by version; `esrs` names the latest. */
export const ESRS_LIBRARIES = { 'esrs-2023': ESRS_2023 } as const

const ESRS_LATEST = esrsIssues(ESRS_2023)

/**
 * The issue libraries an assessment can start from, by the key `POST /api/assessments` takes:
 * the HKEX 33, or the ESRS sub-topics of AR 16 by version (`esrs` = the latest version).
 */
export const ISSUE_LIBRARIES = {
  'hkex-33': HKEX_33,
  'esrs-2023': ESRS_LATEST,
  esrs: ESRS_LATEST,
} as const

export type IssueLibraryKey = keyof typeof ISSUE_LIBRARIES

import { HKEX_33 } from './hkex-33.ts'

/** The issue libraries an assessment can start from, by the key `POST /api/assessments` takes. */
export const ISSUE_LIBRARIES = { 'hkex-33': HKEX_33 } as const

export type IssueLibraryKey = keyof typeof ISSUE_LIBRARIES

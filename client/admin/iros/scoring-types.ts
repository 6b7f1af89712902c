import type { Data, server } from '../../shared/api.ts'

type AssessmentRoutes = (typeof server.assessments)[':id']

/** GET …/assessor-progress: who may score, and each assessor's scored / assigned and reminders. */
export type AssessorProgressData = Data<AssessmentRoutes['assessor-progress']['$get']>

export type AssessorEntry = AssessorProgressData['assessors'][number]

export type Candidate = AssessorProgressData['candidates'][number]

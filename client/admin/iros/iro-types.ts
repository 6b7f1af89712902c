import type { Data, server } from '../../shared/api.ts'

type AssessmentRoutes = (typeof server.assessments)[':id']

/** GET …/iros: the register, with the caller's own scores beside each IRO. */
export type Iro = Data<AssessmentRoutes['iros']['$get']>['iros'][number]

/** GET …/double-materiality: every topic's impact and financial score. */
export type DoubleMateriality = Data<AssessmentRoutes['double-materiality']['$get']>

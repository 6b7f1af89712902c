import { call, server } from '../shared/api.ts'

// The admin app's reads that several pages share, each typed by its route (client/shared/api.ts).

const assessment = server.assessments[':id']

/** GET /api/assessments: every assessment of the user's organisations, newest first. */
export const fetchAssessments = () => call(server.assessments.$get())

/** GET /api/assessments/:id, with the caller's role and who rates which axis. */
export const fetchAssessment = (id: string) => call(assessment.$get({ param: { id } }))

export const fetchIssues = (id: string) => call(assessment.issues.$get({ param: { id } }))

export const fetchGroups = (id: string) => call(assessment.groups.$get({ param: { id } }))

/** Survey progress per group; days are counted in the browser's time zone. */
export const fetchProgress = (id: string) =>
  call(
    assessment.responses.$get({
      param: { id },
      query: { tz: Intl.DateTimeFormat().resolvedOptions().timeZone },
    }),
  )

/** Moves the survey on: open, closed (a reopening needs a reason). */
export const patchAssessment = (
  id: string,
  json: Parameters<typeof assessment.$patch>[0]['json'],
) => call(assessment.$patch({ param: { id }, json }))

import * as v from 'valibot'

/** `GET /api/assessments/:id/evidence-pack?version=N`: a confirmed version, else the latest. */
export const EvidencePackQuery = v.object({
  version: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[1-9]\d{0,8}$/, 'Use a version number such as 1.'),
      v.transform(Number),
    ),
  ),
})
export type EvidencePackQuery = v.InferOutput<typeof EvidencePackQuery>

import * as v from 'valibot'
import { withoutBidiControls } from '../reports/plain-text.ts'

/** POST /api/assessments/:id/personal-data/erase: why the data goes (kept in the audit log). */
export const EraseBody = v.object({
  reason: v.pipe(
    v.string('Say why the personal data is erased.'),
    withoutBidiControls,
    v.trim(),
    v.minLength(10, 'Say why, in a sentence (for the audit log).'),
    v.maxLength(2000, 'Use at most 2000 characters.'),
  ),
})
export type EraseBody = v.InferOutput<typeof EraseBody>

import * as v from 'valibot'
import { Locale } from '../i18n/locales.ts'
import { IdString } from './assessments.ts'
import { blankable } from './audit.ts'

const GroupKey = v.pipe(v.string(), v.regex(/^[a-z][a-z0-9-]{0,39}$/, 'Use a group key.'))

/** The longest search text; longer cannot match a comment usefully. */
export const MAX_COMMENT_SEARCH = 200

/**
 * `GET /api/assessments/:id/comments` and `comments.csv`. `group`, `locale` (the respondent's
 * language) and `q` (text the body contains, any case) filter comments and suggestions; `issue`
 * filters comments only. `lang` is the language of the CSV's headings and issue names.
 */
export const CommentsQuery = v.object({
  group: blankable(GroupKey),
  locale: blankable(Locale),
  issue: blankable(IdString),
  q: blankable(
    v.pipe(
      v.string(),
      v.maxLength(MAX_COMMENT_SEARCH, `Use at most ${MAX_COMMENT_SEARCH} characters.`),
    ),
  ),
  lang: v.optional(Locale, 'en'),
})
export type CommentsQuery = v.InferOutput<typeof CommentsQuery>

/**
 * The submitted responses a confirmation seals, as the seal and the evidence pack read them, and
 * the digest that ties them to the snapshot. The digest covers everything the scores are
 * computed from — each response's group, quality flags and ratings — in one canonical text, so an
 * assurance provider can recompute it from the pack's responses.csv (README.txt there says how).
 */

import type { Axis } from './model.ts'

/** One rating of a sealed response; null is "don't know / not applicable". */
export interface SealedRating {
  issueCode: string
  axis: Axis
  score: number | null
}

/** One submitted response, anonymised: no database id, link, token, address or free text. */
export interface SealedResponse {
  /** 1, 2, 3 … in the order of the responses' database ids, which follow submission order. */
  number: number
  groupKey: string
  /** The language the respondent answered in. */
  locale: string
  /** Quality flags set at submit ('speeding', 'straight-lining'), sorted; empty when none. */
  flags: string[]
  /** The UTC day of submission (YYYY-MM-DD): the time is left out, it could single people out. */
  submittedOn: string
  /** In canonical order: by issue code (byte order), then axis (impact, stakeholder). */
  ratings: SealedRating[]
}

/** What a snapshot records of the responses it was computed from. */
export interface SealedResponses {
  /** How many submitted responses were sealed: every one stored when the result was confirmed. */
  count: number
  /** The database id of the last of them (none above it belongs to this version); null if none. */
  lastId: string | null
  /** SHA-256 (lower-case hex) of the responses' canonical text (responseDigestText, in order). */
  digest: string
}

/**
 * The canonical text of one response for the digest: one line per rating,
 * `response,group,flags,issue code,axis,score` + LF, flags joined by ';', an empty score for
 * "don't know". Codes, keys, flags and axes hold no comma, so the lines need no quoting.
 * @example responseDigestText({ number: 1, groupKey: 'customers', flags: [], ratings: [{ issueCode: '1', axis: 'impact', score: 4 }], … })
 * // '1,customers,,1,impact,4\n'
 */
export function responseDigestText(response: SealedResponse): string {
  const head = `${response.number},${response.groupKey},${response.flags.join(';')},`
  let text = ''
  for (const rating of response.ratings) {
    text += `${head}${rating.issueCode},${rating.axis},${rating.score ?? ''}\n`
  }
  return text
}

/** Byte order, as `LC_ALL=C sort` orders (codes are ASCII): "1" < "10" < "2" < "A". */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  return a < b ? -1 : 1
}

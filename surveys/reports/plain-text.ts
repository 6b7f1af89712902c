import * as v from 'valibot'

/**
 * Unicode's bidirectional controls: ALM, LRM, RLM, the embeddings and overrides (LRE, RLE, PDF,
 * LRO, RLO) and the isolates (LRI, RLI, FSI, PDI). None belongs in an English or Chinese name or
 * comment, and an override makes text display other than it reads ("evil" shown as "live").
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g

/**
 * The text without bidirectional control characters.
 * @example stripBidiControls('\u202Elive') // 'live'
 */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** The valibot step for every name, label and comment: put it right after `v.string()`. */
export const withoutBidiControls = v.transform(stripBidiControls)

/** Most entries a list field of an issue (GRI standards, HKEX KPIs) takes. */
export const MAX_LIST_ENTRIES = 20

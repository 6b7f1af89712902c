import { createHash } from 'node:crypto'
import { canonicalJson, readSnapshot, type Snapshot } from '#surveys/domain/snapshot'

export interface SealedSnapshot {
  /** canonicalJson(snapshot): the exact text stored in confirmations.snapshot. */
  text: string
  /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
  hash: string
}

/** The SHA-256 of a text's UTF-8 bytes, as `sha256sum` prints it. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/**
 * Turns a snapshot into the text and hash that are stored: RFC 8785 canonical JSON (see
 * surveys/domain/canonical-json.ts), then SHA-256, so anyone can recompute the hash from the text.
 */
export function sealSnapshot(snapshot: Snapshot): SealedSnapshot {
  const text = canonicalJson(snapshot)
  return { text, hash: sha256Hex(text) }
}

/** Reads a stored snapshot after checking its hash; throws when the text was altered. */
export function openSnapshot(stored: { snapshot: string; hash: string }): Snapshot {
  if (sha256Hex(stored.snapshot) !== stored.hash) {
    throw new Error('The stored snapshot does not match its hash.')
  }
  return readSnapshot(stored.snapshot)
}

import { createHash, createHmac, randomBytes } from 'node:crypto'

/** A fresh unguessable token: 256 random bits, base64url. */
export function newToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/**
 * Many survey tokens at once: one call to the random source, cut into `bytes`-long pieces
 * (128 bits by default), each base64url.
 */
export function newTokens(count: number, bytes = 16): string[] {
  const pool = randomBytes(count * bytes)
  return Array.from({ length: count }, (_, i) =>
    pool.subarray(i * bytes, (i + 1) * bytes).toString('base64url'),
  )
}

/** What we store instead of a token. */
export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

/** A keyed hash (e.g. of a client address): comparable for rate limits, useless to read back. */
export function keyedHash(secret: Buffer, value: string): Buffer {
  return createHmac('sha256', secret).update(value).digest().subarray(0, 16)
}

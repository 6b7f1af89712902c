import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keylen: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>

const KEY_LENGTH = 32
const BLOCK_SIZE = 8

/**
 * Hashes a password with scrypt. The format `scrypt$logN$r$p$salt$key` carries its own cost,
 * so raising the cost later leaves old hashes verifiable.
 */
export async function hashPassword(password: string, costLog2: number): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, costLog2, BLOCK_SIZE, 1)
  return ['scrypt', costLog2, BLOCK_SIZE, 1, salt.toString('base64'), key.toString('base64')].join(
    '$',
  )
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, logN, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await derive(
    password,
    Buffer.from(salt, 'base64'),
    Number(logN),
    Number(r),
    Number(p),
  )
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

function derive(password: string, salt: Buffer, logN: number, r: number, p: number) {
  const N = 2 ** logN
  return scryptAsync(password.normalize('NFKC'), salt, KEY_LENGTH, {
    N,
    r,
    p,
    maxmem: 256 * N * r + 1024 * 1024,
  })
}

/** A hash to compare against when the account does not exist, so timing does not tell. */
export const DUMMY_HASH =
  'scrypt$10$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='

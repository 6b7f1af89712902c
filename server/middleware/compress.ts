import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Context, MiddlewareHandler } from 'hono'
import { parseAccept } from 'hono/utils/accept'

/** The encodings we produce, best first: brotli is ~15% smaller than gzip on our JSON. */
export const ENCODINGS = ['br', 'gzip'] as const
export type Encoding = (typeof ENCODINGS)[number]

/** Below this the bytes saved do not pay for the CPU (and most answers fit one TCP packet). */
const DEFAULT_THRESHOLD_BYTES = 1024

const compressors: Record<Encoding, (body: Uint8Array) => Promise<Buffer>> = {
  // Quality 5: close to quality 11's size on JSON at a small fraction of its CPU (11 is for
  // the build's static files, compressed once).
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 5,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    }),
  gzip: (body) => promisify(gzip)(body, { level: 6 }),
}

/**
 * The best encoding of ours the client accepts (RFC 9110 §12.5.3): highest q first, our order
 * on ties, `*` covering what is not named, q=0 refusing. Undefined: send it as it is.
 */
export function chooseEncoding(header: string | undefined): Encoding | undefined {
  if (!header) return undefined
  const accepted = parseAccept(header)
  const quality = (name: string) =>
    accepted.find((a) => a.type.toLowerCase() === name)?.q ??
    accepted.find((a) => a.type === '*')?.q ??
    0
  let best: { encoding: Encoding; q: number } | undefined
  for (const encoding of ENCODINGS) {
    const q = quality(encoding)
    if (q > 0 && (!best || q > best.q)) best = { encoding, q }
  }
  return best?.encoding
}

/** Adds Accept-Encoding to Vary once: caches must keep one copy per encoding. */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('Vary')
  if (vary === '*' || vary?.toLowerCase().includes('accept-encoding')) return
  headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
}

/**
 * Compresses JSON answers to GET requests when they are larger than `threshold` bytes: the
 * questionnaire, the matrix, lists. Other methods pass straight through without being looked
 * at, so the survey submit and draft saves (small answers, the hot path) cost nothing more.
 * Hono's own compress() cannot do this: it has no brotli and sees no length on c.json answers.
 */
export function compressLargeJson(threshold = DEFAULT_THRESHOLD_BYTES): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next()
    await next()
    if (!isCompressibleJson(c)) return
    varyOnEncoding(c.res.headers)
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'))
    if (!encoding) return
    const body = new Uint8Array(await c.res.arrayBuffer())
    const original = c.res
    if (body.byteLength < threshold) {
      c.res = new Response(body, original)
      return
    }
    // A copy into a plain ArrayBuffer: what Response accepts (Buffer's may be shared).
    const compressed = new Uint8Array(await compressors[encoding](body))
    c.res = new Response(compressed, original)
    c.res.headers.set('Content-Encoding', encoding)
    c.res.headers.delete('Content-Length')
    const etag = c.res.headers.get('ETag')
    // The bytes differ from the identity answer's, so a strong validator would be a lie.
    if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`)
  }
}

function isCompressibleJson(c: Context): boolean {
  const res = c.res
  return (
    res.status !== 204 &&
    res.status !== 206 &&
    res.body !== null &&
    !res.headers.has('Content-Encoding') &&
    /^application\/(?:[\w.+-]+\+)?json\b/i.test(res.headers.get('Content-Type') ?? '') &&
    !/\bno-transform\b/i.test(res.headers.get('Cache-Control') ?? '')
  )
}

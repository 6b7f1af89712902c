import type { Context } from 'hono'

/** A file a route sends as an attachment. */
export interface Download {
  body: string | Uint8Array | ReadableStream<Uint8Array>
  contentType: string
  /** The name the browser saves it under; any Unicode. */
  filename: string
}

// RFC 5987 attr-char: what may stand unencoded in filename*= (encodeURIComponent leaves ' ( ) *
// and ! alone; the first four are not attr-chars, so they are encoded too).
const NOT_ATTR_CHAR = /[^A-Za-z0-9!#$&+\-.^_`|~]/gu

/**
 * The Content-Disposition of a download (RFC 6266): `filename=` for old clients, in printable
 * ASCII with anything else replaced, and `filename*=` (RFC 5987, UTF-8) with the real name.
 * @example contentDisposition('議題 (FY2025).csv')
 * // `attachment; filename="__ (FY2025).csv"; filename*=UTF-8''%E8%AD%B0%E9%A1%8C%20%28FY2025%29.csv`
 */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_')
  const encoded = filename.replace(NOT_ATTR_CHAR, (char) =>
    [...new TextEncoder().encode(char)]
      .map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`)
      .join(''),
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** Answers with the file as an attachment: every download route sends its files through here. */
export function sendDownload(c: Context, file: Download): Response {
  const { body } = file
  // A Buffer may sit on a shared pool; Response wants bytes of its own.
  const data =
    typeof body === 'string' || body instanceof ReadableStream ? body : new Uint8Array(body)
  return c.body(data, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': contentDisposition(file.filename),
  })
}

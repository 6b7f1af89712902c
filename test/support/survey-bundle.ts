import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { clientPages } from '#server/routes/client-pages'

/** The survey's budget on the wire (issue 17): its scripts and stylesheets, as a phone downloads them. */
export const SURVEY_BUDGET_BYTES = 20 * 1024

const CHROMIUM_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

export interface BundleFile {
  file: string
  raw: number
  gzip: number
  wire: number
  as: string
}

/** Every script, module preload and stylesheet survey.html references. */
function assetsOf(html: string): string[] {
  const refs = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)]
  return [...new Set(refs.map((match) => match[1] as string))]
}

/**
 * Asks the server's own static route for every script and stylesheet the built survey.html
 * loads, as Chromium asks (Accept-Encoding: gzip, deflate, br, zstd), as a gzip-only browser and
 * uncompressed, and counts the bytes it sends: what a phone downloads.
 */
export async function measureSurveyBundle(dist: string) {
  const pages = clientPages(dist)
  const sent = async (path: string, acceptEncoding?: string) => {
    const headers: Record<string, string> = acceptEncoding
      ? { 'accept-encoding': acceptEncoding }
      : {}
    const response = await pages.request(path, { headers })
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`)
    const bytes = (await response.arrayBuffer()).byteLength
    return { bytes, encoding: response.headers.get('content-encoding') ?? 'identity' }
  }
  const files: BundleFile[] = []
  for (const path of assetsOf(readFileSync(join(dist, 'survey.html'), 'utf8'))) {
    const wire = await sent(path, CHROMIUM_ACCEPT_ENCODING)
    const gzip = await sent(path, 'gzip')
    const raw = await sent(path)
    files.push({
      file: path,
      raw: raw.bytes,
      gzip: gzip.bytes,
      wire: wire.bytes,
      as: wire.encoding,
    })
  }
  const sum = (key: 'raw' | 'gzip' | 'wire') => files.reduce((total, f) => total + f[key], 0)
  return { files, total: { raw: sum('raw'), gzip: sum('gzip'), wire: sum('wire') } }
}

/** Files the admin downloads are made in the browser: tokens never go back to the server. */

import { csvDocument } from '#surveys/reports/csv'

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = filename
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * A batch of links as CSV for a mail merge: empty `name` and `email` columns to fill in, then
 * `group,url`, through the product's one CSV writer (byte-order mark, CRLF, formula guard).
 * @example linksCsv('customers', [{ url: 'https://x/s/abc' }]) // '\uFEFFname,email,group,url\r\n,,customers,https://x/s/abc\r\n'
 */
export function linksCsv(group: string, links: { url: string }[]): string {
  return csvDocument(
    ['name', 'email', 'group', 'url'],
    links.map((link) => ['', '', group, link.url]),
  )
}

// qrcode is loaded only when a QR code is wanted, so neither app's first load carries it.
const qrcode = () => import('qrcode')

const QR_OPTIONS = { errorCorrectionLevel: 'M', margin: 2 } as const

export async function qrSvg(url: string): Promise<string> {
  return (await qrcode()).toString(url, { ...QR_OPTIONS, type: 'svg' })
}

/** A PNG data URL at print size (1024 px square). */
export async function qrPng(url: string): Promise<string> {
  return (await qrcode()).toDataURL(url, { ...QR_OPTIONS, width: 1024 })
}

/** A base64 data URL as a Blob, without fetch (the CSP allows fetching only our own origin). */
export function dataUrlBlob(dataUrl: string): Blob {
  const [header = '', data = ''] = dataUrl.split(',')
  const type = /^data:([^;]+)/.exec(header)?.[1] ?? 'application/octet-stream'
  const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0))
  return new Blob([bytes], { type })
}

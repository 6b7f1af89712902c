import { type DisclosureSection, sectionText } from '#surveys/reports/disclosure'

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A section as HTML for the clipboard, so a word processor pastes a heading, paragraphs and a
 * real table rather than tab-separated lines.
 */
export function sectionHtml(section: DisclosureSection): string {
  const parts = [`<h2>${escapeHtml(section.title)}</h2>`]
  for (const paragraph of section.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`)
  if (section.figure) parts.push(`<p>[${escapeHtml(section.figure.caption)}]</p>`)
  if (section.table) {
    const cell = (tag: 'th' | 'td', text: string) => `<${tag}>${escapeHtml(text)}</${tag}>`
    const head = section.table.head.map((text) => cell('th', text)).join('')
    const rows = section.table.rows.map(
      (row) => `<tr>${row.map((t) => cell('td', t)).join('')}</tr>`,
    )
    parts.push(
      `<table border="1" cellpadding="4"><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`,
    )
  }
  return parts.join('\n')
}

/**
 * Puts sections on the clipboard as plain text and, where the browser allows it, as HTML too.
 * Resolves false when the browser refuses (no permission, insecure context).
 */
export async function copySections(sections: DisclosureSection[], lang: string): Promise<boolean> {
  const text = sections.map(sectionText).join('\n\n\n')
  const html = `<div lang="${escapeHtml(lang)}">${sections.map(sectionHtml).join('\n')}</div>`
  const clipboard = navigator.clipboard
  if (!clipboard) return false
  if (typeof ClipboardItem !== 'undefined' && clipboard.write) {
    try {
      await clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ])
      return true
    } catch {
      // Some browsers refuse HTML on the clipboard; plain text still helps.
    }
  }
  try {
    await clipboard.writeText(text)
    return true
  } catch {
    return false
  }
}

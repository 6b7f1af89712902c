import { useEffect } from 'preact/hooks'

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
export const cssString = (text: string) =>
  `"${text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`

/**
 * Puts `label` and the page number in the bottom margin of every printed page. CSS cannot read
 * the assessment's name from the page, so the @page rule is written here, into a constructed
 * style sheet (the CSP forbids inline <style>, not the CSSOM), and removed on unmount.
 */
export function usePrintFooter(label: string | undefined) {
  useEffect(() => {
    if (!label || typeof CSSStyleSheet === 'undefined' || !document.adoptedStyleSheets) return
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(
      `@page { @bottom-left { content: ${cssString(label)}; font-size: 8pt; color: #555; }
        @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #555; } }`,
    )
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [label])
}

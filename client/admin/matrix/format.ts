import type { Aspect } from '#surveys/domain/model'

/**
 * Colours and shapes per aspect: the Okabe–Ito palette, told apart by colour-blind readers, and
 * a different shape each so the chart also reads in grey.
 */
export const ASPECT_STYLES: Record<Aspect, { color: string; shape: string }> = {
  environmental: { color: '#009E73', shape: 'circle' },
  employment: { color: '#0072B2', shape: 'rect' },
  operating: { color: '#D55E00', shape: 'triangle' },
  community: { color: '#CC79A7', shape: 'rectRot' },
}

/** The app's font stack (CJK included) for text drawn on the canvas, and its ink colour. */
export const FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "PingFang TC", "Noto Sans CJK TC", "Noto Sans CJK SC", "Microsoft JhengHei", sans-serif'
export const INK = '#1b2a26'

/** Two decimals for display (full precision stays in the data); — for no value. */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : value.toFixed(2)
}

/**
 * Breaks text into lines of at most `width` characters, at spaces where there are any (CJK text
 * has none and breaks anywhere).
 * @example wrapText('a bb ccc', 5) // ['a bb', 'ccc']
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ').flatMap((w) => chunks(w, width))) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  return line ? [...lines, line] : lines
}

function chunks(word: string, width: number): string[] {
  const parts: string[] = []
  for (let i = 0; i < word.length; i += width) parts.push(word.slice(i, i + width))
  return parts.length > 0 ? parts : ['']
}

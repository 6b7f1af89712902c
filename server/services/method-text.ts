import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectRoot } from '#db/paths'

let text: Promise<string> | undefined

/**
 * surveys/METHOD.md, the scoring method with every edge rule: each evidence pack's
 * methodology.md quotes it whole. Read once, from the sources and the bundled server alike.
 */
export function methodText(): Promise<string> {
  text ??= readFile(join(projectRoot(), 'surveys', 'METHOD.md'), 'utf8')
  return text
}

let textB: Promise<string> | undefined

/** surveys/METHOD-MODE-B.md, the double-materiality method, quoted whole by its packs. */
export function methodTextModeB(): Promise<string> {
  textB ??= readFile(join(projectRoot(), 'surveys', 'METHOD-MODE-B.md'), 'utf8')
  return textB
}

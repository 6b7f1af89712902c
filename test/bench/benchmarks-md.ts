import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { projectRoot } from '#db/paths'

/**
 * Writes a benchmark's section into BENCHMARKS.md, between its markers
 * `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`; the rest of the file stays as written.
 * @example writeBenchmarkSection('tabs', '| tab | median |\n|---|---:|\n| Matrix | 690 ms |')
 */
export function writeBenchmarkSection(name: string, section: string) {
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const path = join(projectRoot(), 'BENCHMARKS.md')
  const text = readFileSync(path, 'utf8')
  const from = text.indexOf(start)
  const to = text.indexOf(end)
  if (from < 0 || to < from) throw new Error(`BENCHMARKS.md lacks ${start} … ${end}`)
  writeFileSync(path, `${text.slice(0, from + start.length)}\n${section}\n${text.slice(to)}`)
}

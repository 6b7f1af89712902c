/** A one-line progress bar on stderr: `label [#####-----] 50% 5,000/10,000 12s`. */
export function progressBar(label: string, total: number, width = 30) {
  const started = performance.now()
  return (done: number) => {
    const share = total === 0 ? 1 : Math.min(1, done / total)
    const filled = Math.round(share * width)
    const seconds = ((performance.now() - started) / 1000).toFixed(0)
    const bar = `${'#'.repeat(filled)}${'-'.repeat(width - filled)}`
    const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`
    process.stderr.write(`\r${label} [${bar}] ${Math.round(share * 100)}% ${counts} ${seconds}s`)
    if (done >= total) process.stderr.write('\n')
  }
}

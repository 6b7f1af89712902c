/**
 * The name of a downloaded file: the assessment's name and the date, without characters file
 * systems refuse.
 * @example exportFileName('FY2025 / HK', '2026-03-01', 'csv') // 'FY2025 - HK-2026-03-01.csv'
 */
export function exportFileName(name: string, date: string, extension: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const cleaned = name.replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, '-').trim()
  return `${cleaned.slice(0, 120) || 'assessment'}-${date}.${extension}`
}

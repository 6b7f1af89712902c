import type { Answers } from './model.ts'

/** What this browser keeps for one survey link, so a reload or a lost answer loses nothing. */
export interface LocalSurvey {
  answers: Answers
  /** Made when the survey starts; a retried submit reuses it, so it is stored once. */
  submissionId: string
  /** When the answers last changed here, to compare with the server's draft. */
  changedAt: string
  /** When the server last saved them. */
  savedAt?: string | undefined
  resumeCode?: string | undefined
}

const keyFor = (token: string) => `materiality.survey.${token}`
const BROWSER_KEY = 'materiality.browser'

// Storage may be off (private modes); the survey then works for the visit without it.
function read(key: string): string | null {
  try {
    return localStorage.getItem(key)
  } catch {
    return null
  }
}

function write(key: string, value: string | null) {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, value)
  } catch {}
}

export function loadLocal(token: string): LocalSurvey | undefined {
  const raw = read(keyFor(token))
  if (!raw) return undefined
  try {
    return JSON.parse(raw) as LocalSurvey
  } catch {
    return undefined
  }
}

export const saveLocal = (token: string, survey: LocalSurvey) =>
  write(keyFor(token), JSON.stringify(survey))

export const clearLocal = (token: string) => write(keyFor(token), null)

/** A random UUID v4; crypto.randomUUID exists only on HTTPS pages, getRandomValues everywhere. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/** A random id for this browser: an open link takes one response per browser. */
export function browserId(): string {
  const stored = read(BROWSER_KEY)
  if (stored) return stored
  const id = uuid()
  write(BROWSER_KEY, id)
  return id
}

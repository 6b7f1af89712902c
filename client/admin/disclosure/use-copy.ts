import { useEffect, useRef, useState } from 'preact/hooks'
import type { DisclosureSection } from '#surveys/reports/disclosure'
import { copySections } from './copy.ts'

// Long enough to read "Copied", short enough that a second copy shows it again.
const SHOWN_MS = 2500

export interface CopyState {
  /** What was copied last: a section id, 'all', or null. */
  copied: string | null
  /** The sentence for the live region. */
  message: string
  copy(key: string, sections: DisclosureSection[], done: string): Promise<void>
}

/** Copies sections and says so, once, to sighted and screen-reader users alike. */
export function useCopy(lang: string, failed: string): CopyState {
  const [copied, setCopied] = useState<string | null>(null)
  const [message, setMessage] = useState('')
  const timer = useRef<ReturnType<typeof setTimeout>>()
  useEffect(() => () => clearTimeout(timer.current), [])
  const copy = async (key: string, sections: DisclosureSection[], done: string) => {
    const ok = await copySections(sections, lang)
    clearTimeout(timer.current)
    setCopied(ok ? key : null)
    // Emptied first, so copying the same section twice is announced twice.
    setMessage('')
    requestAnimationFrame(() => setMessage(ok ? done : failed))
    timer.current = setTimeout(() => setCopied(null), SHOWN_MS)
  }
  return { copied, message, copy }
}

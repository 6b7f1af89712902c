import { useEffect, useRef, useState } from 'preact/hooks'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'

export type Direction = 'up' | 'down'

export const buttonId = (direction: Direction, issueId: string) => `move-${direction}-${issueId}`

export interface MaterialOrderProps {
  order: readonly string[]
  issues: ReadonlyMap<string, MatrixIssue>
  error?: string | undefined
  locale: Locale
  onMove(issueId: string, to: number): void
}

/**
 * The material list's moves: by drag and drop or by a step up or down, each announced, with the
 * keyboard focus kept on the button pressed.
 */
export function useMaterialOrder(props: MaterialOrderProps) {
  const t = confirmationPageText[props.locale]
  const [announcement, setAnnouncement] = useState('')
  const [dragging, setDragging] = useState<string | null>(null)
  const [over, setOver] = useState<number | null>(null)
  const focusAfter = useRef<{ issueId: string; direction: Direction } | null>(null)
  const count = props.order.length

  // Moving a list item re-inserts its element, which drops the keyboard focus: put it back on
  // the button pressed, or on the other one when the item reached an end of the list.
  useEffect(() => {
    const pending = focusAfter.current
    if (!pending) return
    focusAfter.current = null
    const same = document.getElementById(buttonId(pending.direction, pending.issueId))
    const other = pending.direction === 'up' ? 'down' : 'up'
    const target =
      same instanceof HTMLButtonElement && same.disabled
        ? document.getElementById(buttonId(other, pending.issueId))
        : same
    target?.focus()
  }, [props.order])

  const move = (issueId: string, to: number) => {
    const code = props.issues.get(issueId)?.code ?? issueId
    props.onMove(issueId, to)
    setAnnouncement(t.moved(code, Math.min(Math.max(to, 0), count - 1) + 1, count))
  }

  const step = (issueId: string, index: number, direction: Direction) => {
    focusAfter.current = { issueId, direction }
    move(issueId, index + (direction === 'up' ? -1 : 1))
  }

  const drop = (index: number) => {
    if (dragging !== null) move(dragging, index)
    setDragging(null)
    setOver(null)
  }

  return { announcement, dragging, setDragging, over, setOver, count, step, drop }
}

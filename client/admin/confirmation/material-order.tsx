import { useEffect, useRef, useState } from 'preact/hooks'
import { confirmationPageText } from '#surveys/i18n/confirmation'
import type { Locale } from '#surveys/i18n/locales'
import type { MatrixIssue } from '#surveys/schemas/matrix-view'

type Direction = 'up' | 'down'

const buttonId = (direction: Direction, issueId: string) => `move-${direction}-${issueId}`

/**
 * The final material list, most important first. Reordered by dragging an item, or from the
 * keyboard with each item's up and down buttons; either way a live region says where it went.
 */
export function MaterialOrder(props: {
  order: readonly string[]
  issues: ReadonlyMap<string, MatrixIssue>
  error?: string | undefined
  locale: Locale
  onMove(issueId: string, to: number): void
}) {
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

  return (
    <section
      id="order"
      tabIndex={-1}
      class={`order card${props.error ? ' field--error' : ''}`}
      aria-labelledby="order-title"
    >
      <h3 id="order-title">{t.orderTitle}</h3>
      <p class="hint">{t.orderLead}</p>
      {props.error && <p class="error-message">{props.error}</p>}
      {count === 0 ? (
        <p>{t.orderEmpty}</p>
      ) : (
        <ol class="order-list" data-testid="material-order">
          {props.order.map((issueId, index) => {
            const issue = props.issues.get(issueId)
            const code = issue?.code ?? issueId
            return (
              <li
                key={issueId}
                class={`order-item${dragging === issueId ? ' order-item--dragging' : ''}${over === index ? ' order-item--over' : ''}`}
                draggable
                data-issue={issueId}
                onDragStart={(event) => {
                  event.dataTransfer?.setData('text/plain', issueId)
                  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move'
                  setDragging(issueId)
                }}
                onDragOver={(event) => {
                  event.preventDefault()
                  setOver(index)
                }}
                onDragLeave={() => setOver((current) => (current === index ? null : current))}
                onDrop={(event) => {
                  event.preventDefault()
                  drop(index)
                }}
                onDragEnd={() => {
                  setDragging(null)
                  setOver(null)
                }}
              >
                <span class="order-position" aria-hidden="true">
                  {index + 1}
                </span>
                <span class="order-grip" aria-hidden="true">
                  ⠿
                </span>
                <span class="order-name">
                  <span class="issue-no">{code}</span> {issue?.name}
                </span>
                <span class="move-buttons">
                  <button
                    type="button"
                    id={buttonId('up', issueId)}
                    class="icon-button"
                    aria-label={t.moveUp(code)}
                    disabled={index === 0}
                    onClick={() => step(issueId, index, 'up')}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    id={buttonId('down', issueId)}
                    class="icon-button"
                    aria-label={t.moveDown(code)}
                    disabled={index === count - 1}
                    onClick={() => step(issueId, index, 'down')}
                  >
                    ↓
                  </button>
                </span>
              </li>
            )
          })}
        </ol>
      )}
      <p class="visually-hidden" aria-live="polite" data-testid="order-announcement">
        {announcement}
      </p>
    </section>
  )
}

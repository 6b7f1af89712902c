import { confirmationPageText } from '#surveys/i18n/confirmation'
import { buttonId, type MaterialOrderProps, useMaterialOrder } from './use-material-order.ts'

/**
 * The final material list, most important first. Reordered by dragging an item, or from the
 * keyboard with each item's up and down buttons; either way a live region says where it went.
 */
export function MaterialOrder(props: MaterialOrderProps) {
  const t = confirmationPageText[props.locale]
  const { announcement, dragging, setDragging, over, setOver, count, step, drop } =
    useMaterialOrder(props)

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

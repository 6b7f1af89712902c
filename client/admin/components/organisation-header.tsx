/** An organisation as the settings pages list them. */
interface Organisation {
  id: string
  name: string
}

interface Props {
  title: string
  lead: string
  /** The label of the organisation picker, shown when the user belongs to more than one. */
  pickerLabel: string
  organisations: readonly Organisation[]
  organisationId: string
  onPick: (id: string) => void
  message: { text: string; error?: boolean } | null | undefined
}

/** The head of an organisation's settings page: title, lead, organisation picker, status line. */
export function OrganisationHeader(props: Props) {
  const { organisations, message } = props
  return (
    <>
      <div class="page-header">
        <div>
          <h1>{props.title}</h1>
          <p class="lead">{props.lead}</p>
        </div>
        {organisations.length > 1 && (
          <div class="field">
            <label for="organisation">{props.pickerLabel}</label>
            <select
              id="organisation"
              value={props.organisationId}
              onChange={(e) => props.onPick(e.currentTarget.value)}
            >
              {organisations.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div role="status" aria-live="polite">
        {message && <p class={`notice${message.error ? ' notice--danger' : ''}`}>{message.text}</p>}
      </div>
    </>
  )
}

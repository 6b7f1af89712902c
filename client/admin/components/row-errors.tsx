/** One refused row of an import, said in the reader's language. */
export interface RowErrorLine {
  row: number
  field: string
  problem: string
}

/**
 * The rows an import refused (nothing was stored), as a table, with the choice to import the
 * other rows and skip these: contacts and the IRO register show their errors through here.
 */
export function RowErrors(props: {
  id: string
  title: string
  lead: string
  headings: { row: string; field: string; problem: string }
  lines: RowErrorLine[]
  skipLabel: string
  busy: boolean
  onSkip(): void
}) {
  const { headings } = props
  return (
    <div class="stack" role="alert" aria-labelledby={props.id}>
      <div>
        <h3 id={props.id}>{props.title}</h3>
        <p class="hint">{props.lead}</p>
      </div>
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{headings.row}</th>
              <th scope="col">{headings.field}</th>
              <th scope="col">{headings.problem}</th>
            </tr>
          </thead>
          <tbody>
            {props.lines.map((line) => (
              <tr key={`${line.row}:${line.field}:${line.problem}`}>
                <td class="number">{line.row}</td>
                <td>{line.field}</td>
                <td>{line.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="button-row">
        <button
          type="button"
          class="button button--secondary"
          disabled={props.busy}
          onClick={props.onSkip}
        >
          {props.skipLabel}
        </button>
      </div>
    </div>
  )
}

/**
 * The matrix's downloads, one row for both methods: the figure as PNG (drawn in this browser,
 * with or without its key), the table as CSV and XLSX links, and why a PNG could not be made.
 */
export function DownloadRow(props: {
  labels: { png: string; exporting: string; pngKey: string; csv: string; xlsx: string }
  busy: boolean
  failure?: string
  onPng(): void
  withKey: boolean
  onKey(withKey: boolean): void
  csvHref: string
  xlsxHref: string
}) {
  const t = props.labels
  return (
    <>
      <div class="button-row">
        <button
          type="button"
          class="button button--secondary"
          onClick={props.onPng}
          disabled={props.busy}
        >
          {props.busy ? t.exporting : t.png}
        </button>
        <label class="checkbox-inline">
          <input
            type="checkbox"
            checked={props.withKey}
            onChange={(event) => props.onKey(event.currentTarget.checked)}
          />{' '}
          {t.pngKey}
        </label>
        <a class="button button--secondary" href={props.csvHref} download>
          {t.csv}
        </a>
        <a class="button button--secondary" href={props.xlsxHref} download>
          {t.xlsx}
        </a>
      </div>
      {props.failure && (
        <p class="notice notice--danger" role="alert">
          {props.failure}
        </p>
      )}
    </>
  )
}

import type { DisclosureSection, DisclosureTable } from '#surveys/reports/disclosure'
import type { DmFigureData } from '#surveys/reports/dm-figure-sealed'
import type { MatrixView } from '#surveys/schemas/matrix-view'
import { DmReportFigure } from './dm-report-figure.tsx'
import { ReportFigure } from './report-figure.tsx'

/** One section of the report: heading with its copy button, paragraphs, figure, table. */
export function ReportSection(props: {
  section: DisclosureSection
  matrix: MatrixView
  /** A double-materiality version's sealed result, for its figure. */
  double: DmFigureData | null
  copyLabel: string
  onCopy(): void
}) {
  const { section } = props
  const headingId = `section-${section.id}`
  return (
    <section class="report-section" aria-labelledby={headingId} data-section={section.id}>
      <div class="report-section-head">
        <h2 id={headingId}>{section.title}</h2>
        <button
          type="button"
          class="button button--secondary button--small no-print copy-button"
          onClick={props.onCopy}
        >
          {props.copyLabel}
          <span class="visually-hidden"> {section.title}</span>
        </button>
      </div>
      {section.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {section.figure?.id === 'matrix' && (
        <ReportFigure view={props.matrix} caption={section.figure.caption} />
      )}
      {section.figure?.id === 'double-materiality' && props.double && (
        <DmReportFigure
          data={props.double}
          assessment={props.matrix.assessment}
          locale={props.matrix.locale}
          caption={section.figure.caption}
        />
      )}
      {section.table && <ReportTable table={section.table} labelledBy={headingId} />}
    </section>
  )
}

/** A report table: column headings as <th scope="col">, the first cell of a row as its label. */
function ReportTable(props: { table: DisclosureTable; labelledBy: string }) {
  const { head, rows } = props.table
  return (
    // A phone scrolls a wide table sideways; a keyboard can too once the region takes focus.
    // biome-ignore lint/a11y/useSemanticElements: the wrapper of a table, not a section of the document
    <div
      class="table-wrap report-table-wrap"
      role="region"
      aria-labelledby={props.labelledBy}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: scrollable regions must be focusable (WCAG 2.1.1)
      tabIndex={0}
    >
      <table class={`table report-table report-table--cols-${Math.min(head.length, 6)}`}>
        <thead>
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${i}:${row[0]}`}>
              {row.map((cell, j) => (
                <td key={j}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

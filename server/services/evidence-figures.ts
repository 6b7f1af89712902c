import type { AssessmentStatus } from '#surveys/domain/model'
import type { Snapshot } from '#surveys/domain/snapshot'
import { dmFigure } from '#surveys/reports/dm-figure'
import { sealedDmFigureData, sealedDmFigureInput } from '#surveys/reports/dm-figure-sealed'
import { DOUBLE_MATERIALITY_FIGURE } from '#surveys/reports/evidence-double'
import type { PackFile } from '#surveys/reports/evidence-pack'
import { MATRIX_SVG_WIDTH, renderMatrixSvg } from '#surveys/reports/matrix-svg'
import { snapshotMatrixView } from '#surveys/schemas/matrix-view'
import { svgToPng } from './svg-png.ts'

/** The figures are drawn at this multiple of the SVG's size: 3600 px wide. */
const PNG_ZOOM = 2

/** The figures of a version's pack, by file name (which of them a pack holds: packFiles). */
type PackFigures = Partial<Record<'matrix.png' | typeof DOUBLE_MATERIALITY_FIGURE, Uint8Array>>

/** A figure's SVG rasterised on white at 3600 px wide, as every figure of the pack is. */
export function packPng(svg: string): Promise<Uint8Array> {
  return svgToPng(svg, {
    fitTo: { mode: 'width', value: MATRIX_SVG_WIDTH * PNG_ZOOM },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  })
}

const confirmedNote = (snapshot: Snapshot) =>
  `Confirmed ${snapshot.confirmedAt.slice(0, 10)} by ${snapshot.confirmedBy.name}; the scores are those of snapshot.json.`

/**
 * The survey's confirmed matrix in English. For a double-materiality assessment it is the
 * stakeholder survey's, an input beside the experts' scores, and titled so.
 */
function matrixSvg(snapshot: Snapshot, status: AssessmentStatus): string {
  const view = snapshotMatrixView(snapshot, status, 'en')
  const name = snapshot.doubleMateriality
    ? 'Stakeholder survey matrix (an input)'
    : 'Materiality matrix'
  return renderMatrixSvg(view, {
    title: [snapshot.assessment.name, `${name} — confirmed version ${snapshot.version}`],
    notes: [confirmedNote(snapshot)],
  })
}

/**
 * The double-materiality matrix of a confirmed version in English, drawn from the snapshot's
 * sealed result only (dmFigure, the one matrix figure); null for the stakeholder matrix.
 */
export function dmFigureSvg(snapshot: Snapshot): string | null {
  const data = sealedDmFigureData(snapshot)
  if (!data) return null
  // The status is not drawn; the sealed figure is the same whatever the assessment's is now.
  const assessment = {
    id: snapshot.assessment.id,
    name: snapshot.assessment.name,
    status: 'closed' as const,
  }
  const [view, options] = dmFigure(sealedDmFigureInput(data, assessment, 'en'))
  return renderMatrixSvg(view, {
    ...options,
    title: [
      snapshot.assessment.name,
      `Double-materiality matrix — confirmed version ${snapshot.version}`,
    ],
    notes: [confirmedNote(snapshot)],
  })
}

/**
 * The figures a version's pack lists (`files`, packFiles): the survey's matrix, and for a
 * double-materiality version its matrix, both from the snapshot only.
 */
export async function packFigures(
  snapshot: Snapshot,
  status: AssessmentStatus,
  files: readonly PackFile[],
): Promise<PackFigures> {
  const dm = files.includes(DOUBLE_MATERIALITY_FIGURE) ? dmFigureSvg(snapshot) : null
  const [matrix, double] = await Promise.all([
    files.includes('matrix.png') ? packPng(matrixSvg(snapshot, status)) : undefined,
    dm === null ? undefined : packPng(dm),
  ])
  return {
    ...(matrix && { 'matrix.png': matrix }),
    ...(double && { [DOUBLE_MATERIALITY_FIGURE]: double }),
  }
}

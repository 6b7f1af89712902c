import type { Aspect } from '../domain/model.ts'

/**
 * Colours and shapes per aspect: the Okabe–Ito palette, told apart by colour-blind readers, and
 * a different shape each so the chart also reads in grey. The one palette of the figure
 * (matrix-svg.ts) and the on-screen chart, so the two look alike.
 */
export const ASPECT_STYLES: Record<Aspect, { color: string; shape: AspectShape }> = {
  environmental: { color: '#009E73', shape: 'circle' },
  employment: { color: '#0072B2', shape: 'rect' },
  operating: { color: '#D55E00', shape: 'triangle' },
  community: { color: '#CC79A7', shape: 'rectRot' },
}

/** chart.js's point style names, which the SVG renderer draws too. */
export type AspectShape = 'circle' | 'rect' | 'triangle' | 'rectRot'

/** Text and outline colour of figures. */
export const INK = '#1b2a26'

/** The borderline band's shading (Okabe–Ito orange), light enough for points to read on it. */
export const BAND_FILL = 'rgba(230, 159, 0, 0.18)'

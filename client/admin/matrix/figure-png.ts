import { type MatrixSvgOptions, renderMatrixSvg } from '#surveys/reports/matrix-svg'
import type { MatrixView } from '#surveys/schemas/matrix-view'

/**
 * Pixels per SVG unit: the figure is 1800 units wide, so 3600 px, as in the evidence pack (the
 * printed figure, legend below, 1200 units: 2400 px).
 */
const ZOOM = 2

/**
 * The matrix figure (the one SVG drawing, surveys/reports/matrix-svg.ts) rasterised by the
 * browser on white: the PNG download and the printed disclosure. The server rasterises the same
 * SVG with resvg for the evidence pack.
 * @example save(await matrixFigurePng(view, { key: false }))
 */
export async function matrixFigurePng(view: MatrixView, options: MatrixSvgOptions = {}) {
  const svg = renderMatrixSvg(view, options)
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = image.naturalWidth * ZOOM
    canvas.height = image.naturalHeight * ZOOM
    const ctx = canvas.getContext('2d')
    if (!ctx) throw new Error('No canvas to draw the figure on.')
    ctx.fillStyle = '#ffffff'
    ctx.fillRect(0, 0, canvas.width, canvas.height)
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG.'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

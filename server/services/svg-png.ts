import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import type { ResvgRenderOptions } from '@resvg/resvg-js'

const require = createRequire(import.meta.url)

// CommonJS run in a worker thread: resvg renders off the main thread already (renderAsync), but
// encoding a 3600 px PNG (asPng) takes ~0.5 s of synchronous work, during which the server
// would answer nothing, not even /healthz.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { Resvg } = require(workerData.resvg)
const png = new Resvg(workerData.svg, workerData.options).render().asPng()
parentPort.postMessage(new Uint8Array(png))
`

/** An SVG rasterised and encoded as PNG by resvg in a worker thread of its own. */
export function svgToPng(svg: string, options: ResvgRenderOptions): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { svg, options, resvg: require.resolve('@resvg/resvg-js') },
    })
    worker.once('message', (png: Uint8Array) => resolve(png))
    worker.once('error', reject)
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`The PNG worker stopped with code ${code}.`))
    })
  })
}

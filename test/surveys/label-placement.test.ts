import { describe, expect, test } from 'vitest'
import { type Area, placeOnLine } from '../../surveys/reports/label-placement.ts'

const area: Area = { left: 0, top: 0, right: 300, bottom: 200 }
const size = { width: 90, height: 24 }
/** A horizontal line across the area at y = 100, and a vertical one at x = 150. */
const across = { x1: 0, y1: 100, x2: 300, y2: 100 }
const down = { x1: 150, y1: 0, x2: 150, y2: 200 }

const point = (x: number, y: number) => ({ x, y, radius: 10 })
/** A point's box as placeOnLine keeps clear of it: 1.2 × its reach each way. */
const covers = (box: Area, p: { x: number; y: number; radius: number }) =>
  box.left < p.x + 1.2 * p.radius &&
  p.x - 1.2 * p.radius < box.right &&
  box.top < p.y + 1.2 * p.radius &&
  p.y - 1.2 * p.radius < box.bottom

describe('placeOnLine', () => {
  test('with nothing in the way, the label sits on its line at the end asked for, inside the area', () => {
    const end = placeOnLine(across, size, [], area, { from: 'end', margin: 6 })
    expect(end).toMatchObject({ t: 1, dx: 0, dy: 0, crowded: false })
    expect(end.box).toEqual({ left: 204, top: 88, right: 294, bottom: 112 })
    const start = placeOnLine(down, size, [], area, { from: 'start', margin: 6 })
    expect(start).toMatchObject({ t: 0, dx: 0, dy: 0, crowded: false })
    expect(start.box).toEqual({ left: 105, top: 6, right: 195, bottom: 30 })
  })

  test('a point under the end: the label moves along its line until it covers none', () => {
    const points = [point(260, 104), point(230, 96)]
    const placed = placeOnLine(across, size, points, area, { margin: 6 })
    expect(placed.crowded).toBe(false)
    expect(placed.dy).toBe(0)
    expect(placed.t).toBeLessThan(1)
    for (const p of points) expect(covers(placed.box, p), `${p.x},${p.y}`).toBe(false)
    // The nearest free spot to the end: a step further towards it would cover a point.
    expect(placed.box.right).toBeGreaterThan(230 - 12 - 10)
  })

  test('points all along the line: the label goes beside it, above first, covering none', () => {
    const points = Array.from({ length: 11 }, (_, i) => point(15 + 27 * i, 100 + (i % 2 ? 6 : -6)))
    const placed = placeOnLine(across, size, points, area, { margin: 6 })
    expect(placed.crowded).toBe(false)
    expect(placed.dy).toBeLessThan(0)
    expect(placed.t).toBe(1)
    for (const p of points) expect(covers(placed.box, p), `${p.x},${p.y}`).toBe(false)
    // Beside a vertical line: to its right first.
    const column = Array.from({ length: 8 }, (_, i) => point(150, 12 + 25 * i))
    const beside = placeOnLine(down, size, column, area, { from: 'start', margin: 6 })
    expect(beside.dx).toBeGreaterThan(0)
    for (const p of column) expect(covers(beside.box, p)).toBe(false)
  })

  test('keeps clear of the labels placed before it', () => {
    const first = placeOnLine(across, size, [], area, { margin: 6 })
    const second = placeOnLine(across, size, [], area, { margin: 6, obstacles: [first.box] })
    const apart =
      second.box.right <= first.box.left ||
      first.box.right <= second.box.left ||
      second.box.bottom <= first.box.top ||
      first.box.bottom <= second.box.top
    expect(apart).toBe(true)
  })

  test('with no free spot anywhere, it stays at its end and says it is crowded', () => {
    const everywhere = Array.from({ length: 12 * 8 }, (_, i) =>
      point(12 + 25 * (i % 12), 12 + 25 * Math.floor(i / 12)),
    )
    const placed = placeOnLine(across, size, everywhere, area, { margin: 6 })
    expect(placed).toMatchObject({ t: 1, dx: 0, dy: 0, crowded: true })
  })
})

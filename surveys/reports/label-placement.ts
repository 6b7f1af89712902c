/**
 * Where to put the number beside each point so that no two labels overlap (greedy, by priority):
 * the one placement of the matrix figure (matrix-svg.ts) and the on-screen chart; and where a
 * line's label goes so that it covers no point (placeOnLine, the on-screen chart's thresholds).
 */

export interface LabelPoint {
  x: number
  y: number
  radius: number
  width: number
  height: number
}

export interface Area {
  left: number
  top: number
  right: number
  bottom: number
}

/** A label's centre, and whether it sits far enough away to need a leader line. */
export interface Placement {
  x: number
  y: number
  leader: boolean
  /** No spot clear of the others was free. */
  crowded: boolean
}

interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/**
 * The order labels choose their spots in: material issues first, then by rank.
 * @example points.sort((a, b) => labelOrder(a) - labelOrder(b))
 */
export function labelOrder(issue: { tier: string; rank: number | null }): number {
  return (issue.tier === 'material' ? 0 : 1e6) + (issue.rank ?? 1e5)
}

// Right first (reading order), then left, above, below and the diagonals.
const ANGLES = [0, 180, -90, 90, -45, -135, 45, 135, -22.5, 22.5, -157.5, 157.5].map(
  (degrees) => (degrees * Math.PI) / 180,
)
const RINGS = [0, 0.8, 1.6, 2.6, 3.8, 5.2, 7]

/**
 * Places labels in the given order (most important first): each takes the nearest spot that
 * stays inside the area and clears every placed label and every point. A label with no such
 * spot is marked `crowded`: with `omitCrowded` it is left out (not drawn, not avoided by the
 * others), else put at its first spot over the others.
 * `obstacles` are other boxes drawn on the chart (the threshold lines' labels) to keep clear of.
 * @example placeLabels([{ x: 10, y: 10, radius: 4, width: 8, height: 10 }], area)
 */
export function placeLabels(
  points: readonly LabelPoint[],
  area: Area,
  { omitCrowded = false, obstacles = [] as readonly Area[] } = {},
): Placement[] {
  const placed: Box[] = [...obstacles]
  const dots = points.map(dotBox)
  return points.map((point, index) => {
    const candidates = RINGS.flatMap((ring) => ANGLES.map((angle) => candidate(point, ring, angle)))
    const free = candidates.find(
      ({ box }) =>
        inside(box, area) &&
        !placed.some((other) => overlaps(box, other)) &&
        !dots.some((dot, i) => i !== index && overlaps(box, dot)),
    )
    const chosen = free ?? candidates[0]!
    if (free || !omitCrowded) placed.push(chosen.box)
    const leader = chosen.distance > point.radius + point.height
    return { x: chosen.x, y: chosen.y, leader, crowded: !free }
  })
}

function candidate(point: LabelPoint, ring: number, angle: number) {
  const distance = point.radius + 3 + ring * point.height
  const x = point.x + Math.cos(angle) * (distance + point.width / 2)
  const y = point.y + Math.sin(angle) * (distance + point.height / 2)
  return { x, y, distance, box: boxAt(x, y, point.width, point.height) }
}

function boxAt(x: number, y: number, width: number, height: number): Box {
  return { left: x - width / 2, top: y - height / 2, right: x + width / 2, bottom: y + height / 2 }
}

// A little wider than the point, so a label never touches a point's outline.
function dotBox(point: Pick<LabelPoint, 'x' | 'y' | 'radius'>): Box {
  return boxAt(point.x, point.y, point.radius * 2.4, point.radius * 2.4)
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
}

function inside(box: Box, area: Area): boolean {
  return (
    box.left >= area.left &&
    box.right <= area.right &&
    box.top >= area.top &&
    box.bottom <= area.bottom
  )
}

/** A straight line on the chart, from its start to its end. */
export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

/** Where a line's label sits: `t` along the line (0 its start, 1 its end), moved off it by dx, dy. */
export interface LinePlacement {
  t: number
  dx: number
  dy: number
  /** The label's box there. */
  box: Area
  /** No spot clear of the points was free: the preferred end, over them. */
  crowded: boolean
}

const LINE_STEPS = 48

/**
 * Places a line's label (a threshold's) where its box covers no point: on the line from the
 * preferred end inward, else beside it, a little further off each time. As chart.js's
 * annotation plugin draws it, a box on the line is kept `margin` inside the area. It keeps clear
 * of `obstacles` (labels placed before); a point's box is dotBox's. No free spot: the end, crowded.
 * @example placeOnLine({ x1: 0, y1: 50, x2: 300, y2: 50 }, { width: 90, height: 25 }, [], area)
 */
export function placeOnLine(
  line: Segment,
  size: { width: number; height: number },
  points: readonly Pick<LabelPoint, 'x' | 'y' | 'radius'>[],
  area: Area,
  { from = 'end' as 'start' | 'end', margin = 0, obstacles = [] as readonly Area[] } = {},
): LinePlacement {
  const dots = points.map(dotBox)
  // Off the line: just clear of it, then half the label's breadth and a whole breadth further;
  // above before below a horizontal line, right before left of a vertical one.
  const horizontal = Math.abs(line.x2 - line.x1) >= Math.abs(line.y2 - line.y1)
  const across = horizontal ? size.height : size.width
  const offsets = [across / 2 + 2, across + 2, (3 * across) / 2 + 2].flatMap((d) => [-d, d])
  const shifts = [
    { dx: 0, dy: 0 },
    ...offsets.map((d) => (horizontal ? { dx: 0, dy: d } : { dx: -d, dy: 0 })),
  ]
  const within = (at: number, half: number, low: number, high: number) =>
    Math.min(Math.max(at, low + margin + half), high - margin - half)
  const along = Array.from({ length: LINE_STEPS + 1 }, (_, i) =>
    from === 'end' ? 1 - i / LINE_STEPS : i / LINE_STEPS,
  )
  // On the line anywhere before beside it: a label stays on its line while it can.
  const spots = shifts.flatMap((shift) => along.map((t) => ({ t, ...shift })))
  const boxOf = ({ t, dx, dy }: { t: number; dx: number; dy: number }) => {
    const x = within(line.x1 + t * (line.x2 - line.x1), size.width / 2, area.left, area.right)
    const y = within(line.y1 + t * (line.y2 - line.y1), size.height / 2, area.top, area.bottom)
    return boxAt(x + dx, y + dy, size.width, size.height)
  }
  const placed = spots.map((spot) => ({ ...spot, box: boxOf(spot) }))
  const free = placed.find(
    ({ box }) =>
      inside(box, area) &&
      !dots.some((dot) => overlaps(box, dot)) &&
      !obstacles.some((other) => overlaps(box, other)),
  )
  return free ? { ...free, crowded: false } : { ...placed[0]!, crowded: true }
}

import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { checkDecisions } from '../../surveys/domain/confirmation.ts'
import {
  buildSnapshot,
  canonicalJson,
  judgements,
  materialIssues,
  readSnapshot,
  SNAPSHOT_FORMAT,
} from '../../surveys/domain/snapshot.ts'
import { demoScores, demoSnapshot, idOf, MATERIAL_CODES } from '../support/snapshot.ts'

/** The same value with every object's keys in reverse insertion order. */
function reversed(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversed)
  if (value === null || typeof value !== 'object') return value
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([key, inner]) => [key, reversed(inner)]),
  )
}

describe('canonicalJson', () => {
  test('sorts keys at every depth, keeps array order, writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,1,{"y":null,"z":true}]},"b":1}',
    )
  })

  test('matches the RFC 8785 example', () => {
    // RFC 8785 §3.2.2, with its input written as a JavaScript value.
    const input = {
      // biome-ignore lint/correctness/noPrecisionLoss: the RFC's input, digits beyond a double on purpose
      numbers: [333333333.33333329, 1e30, 4.5, 2e-3, 0.000000000000000000000000001],
      string: '\u20ac$\u000F\u000aA\'\u0042\u0022\u005c\\"/',
      literals: [null, true, false],
    }
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    )
  })

  test('writes numbers as JavaScript prints them; -0 as 0', () => {
    expect(canonicalJson([11 / 3, 0.1 + 0.2, 4, -0, 1e-7, 1e21, -2.5])).toBe(
      '[3.6666666666666665,0.30000000000000004,4,0,1e-7,1e+21,-2.5]',
    )
  })

  test('sorts keys by UTF-16 code units, not by locale', () => {
    expect(canonicalJson({ é: 1, z: 2, Z: 3, '10': 4, '9': 5 })).toBe(
      '{"10":4,"9":5,"Z":3,"z":2,"é":1}',
    )
  })

  test('leaves out undefined members and refuses what has no JSON form', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}')
    for (const bad of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      [undefined],
      { at: new Date(0) },
      new Map(),
      10n,
      () => 1,
    ]) {
      expect(() => canonicalJson(bad)).toThrow(/no canonical JSON form/)
    }
  })

  test('any JSON value: the same text whatever the key order, and stable through a parse', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value)
        expect(canonicalJson(reversed(value))).toBe(text)
        expect(canonicalJson(JSON.parse(text))).toBe(text)
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)))
      }),
      { numRuns: 300 },
    )
  })
})

describe('buildSnapshot', () => {
  test('joins every score with its issue, in rank order, and keeps the result', () => {
    const scores = demoScores()
    const snapshot = demoSnapshot()
    expect(snapshot.format).toBe(SNAPSHOT_FORMAT)
    expect(snapshot.issues).toHaveLength(33)
    expect(snapshot.issues.map((issue) => issue.rank)).toEqual(scores.issues.map((i) => i.rank))
    expect(snapshot.issues[0]).toMatchObject({
      ...scores.issues[0],
      aspect: 'environmental',
      names: { en: 'Water use' },
      hkex: { aspect: 'A2' },
    })
    expect(snapshot.result).toEqual({
      scaleMax: 5,
      rule: 'both',
      thresholds: scores.thresholds,
      cutPriority: null,
    })
    expect(snapshot.identification).toEqual({
      library: 'hkex-33',
      sources: ['hkex-guide', 'stakeholder-engagement', 'business-context'],
    })
  })

  test('refuses scores for an issue it has no metadata for', () => {
    const scores = demoScores()
    expect(() => demoSnapshot({ scores, issues: [] })).toThrow(/no metadata for issue/)
    expect(() => buildSnapshot({ ...demoSnapshot(), scores, issues: [] })).toThrow()
  })

  test('survives canonical JSON unchanged, and reads back', () => {
    const snapshot = demoSnapshot()
    const text = canonicalJson(snapshot)
    expect(readSnapshot(text)).toEqual(snapshot)
    expect(canonicalJson(readSnapshot(text))).toBe(text)
    expect(() => readSnapshot('{"format":"other/9"}')).toThrow(/Unknown snapshot format/)
  })

  test('lists the material issues in the confirmed order and the judgement calls', () => {
    const snapshot = demoSnapshot({ order: MATERIAL_CODES.map(idOf).reverse() })
    expect(materialIssues(snapshot).map((issue) => issue.code)).toEqual(
      [...MATERIAL_CODES].reverse(),
    )
    expect(judgements(snapshot).map(({ issue }) => issue.code)).toEqual(['16', '3', '9'])
  })
})

describe('shared reasons in a sealed snapshot', () => {
  /** Decisions as checkDecisions seals them: the review issues decided with one reason. */
  function checked(shared: boolean | undefined) {
    const scores = demoScores()
    const computed = scores.issues.map((i) => ({ issueId: i.id, code: i.code, tier: i.tier }))
    const reason = 'Rated high on impact but low by stakeholders; our operations are small here.'
    const result = checkDecisions(computed, {
      decisions: scores.issues.map((issue) => ({
        issueId: issue.id,
        material: MATERIAL_CODES.map(idOf).includes(issue.id),
        rationale: issue.tier === 'review' ? reason : null,
        ...(shared === undefined ? {} : { shared }),
      })),
      order: MATERIAL_CODES.map(idOf),
    })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    return result.decisions
  }

  test('a snapshot without shared reasons seals to the same bytes as before the flag existed', () => {
    // The SHA-256 of this snapshot as sealed before `shared` was recorded (commit 2ed7540):
    // versions confirmed then must hash as they did, so an absent or false flag adds nothing.
    const before = '336d141ce002ea1acae45728b8ec54a3b06fe1107f1c114c7a3abcbda8228aaf'
    for (const shared of [undefined, false]) {
      const text = canonicalJson(demoSnapshot({ decisions: checked(shared) }))
      expect(text).not.toContain('"shared"')
      expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(before)
    }
  })

  test('a shared reason is sealed as shared: true on each decision that has a reason', () => {
    const decisions = checked(true)
    const reasoned = decisions.filter((d) => d.rationale)
    expect(reasoned.map((d) => d.issueId)).toEqual(['10016', '1003', '1009'])
    expect(reasoned.every((d) => d.shared === true)).toBe(true)
    expect(decisions.filter((d) => !d.rationale).some((d) => 'shared' in d)).toBe(false)
    const text = canonicalJson(demoSnapshot({ decisions }))
    expect(text.match(/"shared":true/g)).toHaveLength(3)
  })
})

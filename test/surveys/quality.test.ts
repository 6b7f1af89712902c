import { describe, expect, test } from 'vitest'
import { flagResponse } from '../../surveys/domain/quality.ts'

const startedAt = new Date('2025-03-01T10:00:00Z')

/** A response submitted `seconds` after it started. */
const response = (scores: (number | null)[], seconds: number) => ({
  scores,
  startedAt,
  submittedAt: new Date(startedAt.getTime() + seconds * 1000),
})

const times = (score: number | null, count: number) => Array<number | null>(count).fill(score)

// 60 s per item: never speeding, so these cases isolate straight-lining.
const slow = (scores: (number | null)[]) => flagResponse(response(scores, scores.length * 60))

describe('flagResponse: straight-lining', () => {
  test('flags one score on 10 answered items', () => {
    expect(slow(times(3, 10))).toEqual(['straight-lining'])
  })

  test('ignores "don\'t know" answers when comparing scores', () => {
    expect(slow([...times(5, 10), null, null])).toEqual(['straight-lining'])
  })

  test('needs at least 10 answered items', () => {
    // 9 answered and 3 "don't know": 12 items, but only 9 answered
    expect(slow([...times(4, 9), null, null, null])).toEqual([])
  })

  test('one different score clears it', () => {
    expect(slow([...times(3, 11), 4])).toEqual([])
  })
})

describe('flagResponse: speeding', () => {
  test('flags under 2 s per item', () => {
    // 20 items in 39 s = 1.95 s per item
    expect(flagResponse(response([1, 2, 3, 4, 5, ...times(3, 15)], 39))).toEqual(['speeding'])
  })

  test('2 s per item exactly is not speeding', () => {
    // 20 items in 40 s = 2.0 s per item
    expect(flagResponse(response([1, 2, ...times(3, 18)], 40))).toEqual([])
  })

  test('counts "don\'t know" items in the per-item time', () => {
    // 4 answered + 16 "don't know" = 20 items in 30 s = 1.5 s per item (4 answered alone: 7.5 s)
    expect(flagResponse(response([1, 2, 3, 4, ...times(null, 16)], 30))).toEqual(['speeding'])
  })

  test('a response without items is not speeding', () => {
    expect(flagResponse(response([], 0))).toEqual([])
  })

  test('raises both flags together', () => {
    // 12 × 4 in 12 s = 1 s per item
    expect(flagResponse(response(times(4, 12), 12))).toEqual(['straight-lining', 'speeding'])
  })
})

import { describe, expect, test } from 'vitest'
import { pageFromHash } from '../../client/survey/page-in-url.ts'

describe('pageFromHash', () => {
  test('reads the page a #page=N fragment names', () => {
    expect(pageFromHash('#page=3', 7)).toBe(3)
    expect(pageFromHash('#page=7', 7)).toBe(7)
  })

  test('falls back to the welcome page for anything else', () => {
    for (const hash of ['', '#', '#page=', '#page=8', '#page=-1', '#page=1.5', '#other'])
      expect(pageFromHash(hash, 7)).toBe(0)
  })
})

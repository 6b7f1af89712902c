import { describe, expect, test } from 'vitest'
import { fitLines } from '../../client/admin/matrix/axis-titles.ts'

const eightPerCharacter = (text: string) => text.length * 8

describe('fitLines', () => {
  test('keeps a title that fits on one line', () => {
    expect(fitLines('Impact', 100, eightPerCharacter)).toEqual(['Impact'])
  })

  test('breaks at spaces into lines that fit', () => {
    const lines = fitLines(
      'Influence on stakeholders’ assessments and decisions',
      210,
      eightPerCharacter,
    )
    expect(lines).toEqual(['Influence on stakeholders’', 'assessments and decisions'])
    for (const line of lines) expect(eightPerCharacter(line)).toBeLessThanOrEqual(210)
  })

  test('breaks Chinese, which has no spaces, between characters', () => {
    expect(fitLines('對持份者的評估及決策的影響', 56, eightPerCharacter)).toEqual([
      '對持份者的評估',
      '及決策的影響',
    ])
  })
})

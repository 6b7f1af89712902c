import axe from 'axe-core'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/**
 * Runs axe-core in the page for WCAG 2.1 A/AA and fails with the rules and elements broken.
 * Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) allows it.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, {
      runOnly: { type: 'tag', values: tags },
    })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String) })),
    }))
  }, TAGS)
  expect(violations as Violation[], `axe violations on ${state}`).toEqual([])
}

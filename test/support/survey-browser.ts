import type { Page } from 'playwright-core'

/** What has the keyboard focus: its role, name and checked state. */
export function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLInputElement | null
    return {
      tag: el?.tagName.toLowerCase() ?? '',
      type: el?.getAttribute('type') ?? '',
      name: el?.getAttribute('name') ?? '',
      text: el?.textContent?.trim() ?? '',
      checked: Boolean(el?.checked),
      id: el?.id ?? '',
    }
  })
}

/** Presses Tab until the focused element matches, at most `limit` times. */
export async function tabTo(
  page: Page,
  matches: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  limit = 40,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab')
    const now = await focused(page)
    if (matches(now)) return now
  }
  throw new Error('the element never got the focus')
}

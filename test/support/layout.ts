import type { Locator, Page } from 'playwright-core'

/** One element that does not show all it holds, and why. */
export interface Cut {
  what: string
  why: string
}

/**
 * The elements of `locator` that are cut short: text wider or taller than its box (an input, a
 * textarea, a button, an ellipsis), a select narrower than its chosen option needs (or, styled
 * with appearance: base-select, not tall enough for it once wrapped), or a box
 * clipped by a scrolling or hidden-overflow ancestor (a table that must be scrolled sideways), or
 * one wider than its table cell, lying over the next.
 * Also reports the page itself when it is wider than the viewport.
 */
export async function findCuts(page: Page, locator: Locator): Promise<Cut[]> {
  const cuts = await locator.evaluateAll((elements) => {
    const found: { what: string; why: string }[] = []
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()} “${
        el.getAttribute('aria-label') ??
        (el instanceof HTMLSelectElement
          ? el.selectedOptions[0]?.textContent
          : el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement
            ? el.value
            : el.textContent
        )?.trim()
      }”`
    for (const el of elements as HTMLElement[]) {
      const box = el.getBoundingClientRect()
      // Nothing to see: not shown, or for screen readers only (1 px, clipped).
      if (box.width <= 1 || box.height <= 1) continue
      if (el.scrollWidth > el.clientWidth + 1)
        found.push({ what: name(el), why: `${el.scrollWidth} px wide in ${el.clientWidth}` })
      if (el instanceof HTMLTextAreaElement && el.scrollHeight > el.clientHeight + 1)
        found.push({ what: name(el), why: `${el.scrollHeight} px tall in ${el.clientHeight}` })
      if (el instanceof HTMLSelectElement && getComputedStyle(el).appearance === 'base-select') {
        // A styled select wraps its chosen option: it is whole when it is as tall as its text.
        if (el.scrollHeight > el.clientHeight + 1)
          found.push({ what: name(el), why: `${el.scrollHeight} px tall in ${el.clientHeight}` })
      } else if (el instanceof HTMLSelectElement) {
        // The width the select would take to show its chosen option whole.
        const probe = el.cloneNode(true) as HTMLSelectElement
        probe.value = el.value
        probe.style.cssText =
          'position:absolute;visibility:hidden;width:auto;min-width:0;max-width:none;field-sizing:content'
        el.parentElement?.append(probe)
        const needed = probe.getBoundingClientRect().width
        probe.remove()
        if (needed > box.width + 1)
          found.push({ what: name(el), why: `needs ${needed} px, has ${box.width}` })
      }
      // Out of its own table cell, it lies over the next one (a select over "Member since").
      const cell = el.parentElement?.closest('td, th')
      const edges = cell?.getBoundingClientRect()
      if (edges && (box.left < edges.left - 1 || box.right > edges.right + 1))
        found.push({ what: name(el), why: `runs out of its ${cell!.tagName.toLowerCase()}` })
      for (let up = el.parentElement; up; up = up.parentElement) {
        const style = getComputedStyle(up)
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
        const clip = up.getBoundingClientRect()
        if (box.left < clip.left - 1 || box.right > clip.right + 1)
          found.push({
            what: name(el),
            why: `runs out of its ${up.tagName.toLowerCase()}.${up.className}`,
          })
        break
      }
    }
    return found
  })
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  const viewport = page.viewportSize()?.width ?? 0
  if (width > viewport) cuts.push({ what: 'the page', why: `${width} px wide in ${viewport}` })
  return cuts
}

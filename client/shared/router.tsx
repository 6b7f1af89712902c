import type { ComponentChildren, JSX } from 'preact'
import { useEffect, useState } from 'preact/hooks'

/** A small history router: enough for a handful of pages, nothing to configure. */

const listeners = new Set<() => void>()
const guards = new Set<() => string | null>()

/**
 * Asks before an in-app navigation or the browser's back and forward buttons leave a page with
 * work that is not saved: `check` returns the question to ask, or null when leaving is fine.
 * (Reloads and closing the tab are the page's own beforeunload.)
 */
export function useLeaveGuard(check: () => string | null) {
  useEffect(() => {
    guards.add(check)
    return () => {
      guards.delete(check)
    }
  }, [check])
}

function mayLeave(): boolean {
  for (const check of guards) {
    const question = check()
    if (question && !window.confirm(question)) return false
  }
  return true
}

/** The address the app shows, to go back to when the back button's leaving is refused. */
let here = location.href

export function navigate(to: string, options: { replace?: boolean } = {}) {
  if (!mayLeave()) return
  if (options.replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  here = location.href
  for (const listener of listeners) listener()
  window.scrollTo(0, 0)
}

// Back and forward: the browser has already moved, so a refusal puts the page's address back.
window.addEventListener('popstate', () => {
  if (location.href === here) return
  if (!mayLeave()) {
    history.pushState(null, '', here)
    return
  }
  here = location.href
  for (const listener of listeners) listener()
})

export function usePath(): string {
  const [path, setPath] = useState(location.pathname)
  useEffect(() => {
    const update = () => setPath(location.pathname)
    listeners.add(update)
    return () => {
      listeners.delete(update)
    }
  }, [])
  return path
}

/**
 * Matches a path against a pattern with :params.
 * @example matchPath('/assessments/:id', '/assessments/7') // { id: '7' }
 */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const names: string[] = []
  const regex = new RegExp(
    `^${pattern.replace(/\/:(\w+)/g, (_, name: string) => {
      names.push(name)
      return '/([^/]+)'
    })}/?$`,
  )
  const match = regex.exec(path)
  if (!match) return undefined
  return Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? '')]))
}

/** An anchor that navigates without reloading; modified clicks still open new tabs. */
export function Link({
  href,
  children,
  ...rest
}: JSX.HTMLAttributes<HTMLAnchorElement> & { href: string; children?: ComponentChildren }) {
  const onClick = (event: JSX.TargetedMouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return
    event.preventDefault()
    navigate(href)
  }
  return (
    <a {...rest} href={href} onClick={onClick}>
      {children}
    </a>
  )
}

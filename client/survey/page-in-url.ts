import { useEffect, useState } from 'preact/hooks'

const PREFIX = '#page='

/** The page a `#page=N` fragment names (0 = welcome … last = review), or the welcome page. */
export function pageFromHash(hash: string, last: number): number {
  const page = hash.startsWith(PREFIX) ? Number(hash.slice(PREFIX.length)) : 0
  return Number.isInteger(page) && page >= 0 && page <= last ? page : 0
}

/**
 * The survey's page, kept in the address (`#page=2`) so that a reload, or the link opened again
 * in the same tab, shows the same aspect page. Replaces the entry: Back still leaves the survey.
 */
export function usePageInUrl(last: number) {
  const [page, setPage] = useState(() => pageFromHash(location.hash, last))
  useEffect(() => {
    const hash = page > 0 ? `${PREFIX}${page}` : ''
    if (location.hash === hash) return
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`)
  }, [page])
  return [page, setPage] as const
}

import { useCallback, useEffect } from 'preact/hooks'
import type { ConfirmationDraft } from '#surveys/schemas/confirmation-view'
import { useLeaveGuard } from '../../shared/router.tsx'
import { fetchDraft, type LiveDraft } from './draft-store.ts'

/**
 * The draft as the page is left or comes back: leaving within the app or closing the tab sends a
 * save that is only waiting for typing to pause, and asks first while changes did not reach the
 * server; back on the tab, what others saved meanwhile is shown unless we have changes of our own.
 */
export function useDraftLeave(props: {
  assessmentId: string
  live: { current: LiveDraft }
  save(keepalive?: boolean): Promise<void>
  takeTheirs(current: ConfirmationDraft): void
  leaveQuestion: string
}) {
  const { assessmentId, live, save, takeTheirs, leaveQuestion } = props
  useLeaveGuard(
    useCallback(() => {
      const state = live.current
      // A save that is only waiting for typing to pause goes now, and is awaited on return.
      if (state.status === 'pending') void save()
      return state.status === 'failed' || state.status === 'conflict' ? leaveQuestion : null
    }, [leaveQuestion]),
  )

  useEffect(() => {
    const state = live.current
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (state.status === 'saved' || state.status === 'locked') return
      if (state.status === 'pending') void save(true)
      event.preventDefault()
      event.returnValue = ''
    }
    // Back on this tab: show what others saved meanwhile, unless we have changes of our own.
    const visible = () => {
      if (document.visibilityState !== 'visible' || state.status !== 'saved') return
      fetchDraft(assessmentId).then(
        (current) => {
          if (state.mounted && state.status === 'saved' && current.version > state.version)
            takeTheirs(current)
        },
        () => undefined,
      )
    }
    window.addEventListener('beforeunload', beforeUnload)
    document.addEventListener('visibilitychange', visible)
    return () => {
      window.removeEventListener('beforeunload', beforeUnload)
      document.removeEventListener('visibilitychange', visible)
      state.mounted = false
      if (state.status === 'pending') void save()
    }
  }, [])
}

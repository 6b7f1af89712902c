import { useCallback, useEffect, useRef, useState } from 'preact/hooks'
import type { ConfirmationDraft } from '#surveys/schemas/confirmation-view'
import { ApiError, call, server } from '../../shared/api.ts'
import { useLeaveGuard } from '../../shared/router.tsx'
import type { Draft } from './draft.ts'

/** How long typing pauses before the draft is saved. */
const DEBOUNCE_MS = 800

/**
 * `saved`: the server has every change. `pending`: a save is due. `saving`: one is on its way.
 * `conflict`: someone else saved first (409), nothing of ours was written. `locked`: the
 * assessment was confirmed or reopened meanwhile. `failed`: the server could not be reached.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict' | 'locked'

export type DraftMeta = Omit<ConfirmationDraft, 'decisions' | 'order'>

// A save still on its way when the page is left; coming back waits for it before loading, so
// the page never shows (and then saves over) the version before it.
const inFlight = new Map<string, Promise<unknown>>()

const draftRoute = server.assessments[':id'].confirmation.draft

const fetchDraft = (id: string) => call(draftRoute.$get({ param: { id } }))

/** The saved draft, once any save still on its way from this tab has landed. */
export async function loadDraft(assessmentId: string): Promise<ConfirmationDraft> {
  await inFlight.get(assessmentId)
  return fetchDraft(assessmentId)
}

const toDraft = ({ decisions, order }: ConfirmationDraft): Draft => ({ decisions, order })

const metaOf = ({ version, updatedAt, updatedBy }: ConfirmationDraft): DraftMeta => ({
  version,
  updatedAt,
  updatedBy,
})

/**
 * The confirmation page's working copy, saved to the server as it changes (debounced) over the
 * version it was loaded at. A conflict stops saving until the user chooses whose version stays.
 * Leaving with changes the server does not have asks first.
 */
export function useDraftSync(
  assessmentId: string,
  loaded: ConfirmationDraft,
  leaveQuestion: string,
) {
  const [draft, setDraft] = useState<Draft>(() => toDraft(loaded))
  const [meta, setMeta] = useState<DraftMeta>(() => metaOf(loaded))
  const [status, setStatusState] = useState<SaveState>('saved')
  const [theirs, setTheirs] = useState<ConfirmationDraft | null>(null)
  const live = useRef({
    draft,
    version: loaded.version,
    status: 'saved' as SaveState,
    edits: 0,
    timer: undefined as ReturnType<typeof setTimeout> | undefined,
    mounted: true,
  })
  const setStatus = (next: SaveState) => {
    live.current.status = next
    if (live.current.mounted) setStatusState(next)
  }

  const save = useCallback(async (keepalive = false) => {
    const state = live.current
    clearTimeout(state.timer)
    state.timer = undefined
    if (state.status === 'saving' || state.status === 'conflict' || state.status === 'locked')
      return
    const sent = state.edits
    setStatus('saving')
    const { decisions, order } = state.draft
    // keepalive: a save as the page unloads still reaches the server.
    const request = call(
      draftRoute.$put(
        { param: { id: assessmentId }, json: { decisions, order, version: state.version } },
        keepalive ? { init: { keepalive: true } } : undefined,
      ),
    )
    const landed = request.catch(() => undefined)
    inFlight.set(assessmentId, landed)
    try {
      const saved = await request
      state.version = saved.version
      if (state.mounted) setMeta(metaOf(saved))
      setStatus(state.edits === sent ? 'saved' : 'pending')
      if (state.edits !== sent) void save()
    } catch (error) {
      if (error instanceof ApiError && error.code === 'draft_conflict') {
        setStatus('conflict')
        fetchDraft(assessmentId).then(
          (current) => state.mounted && setTheirs(current),
          () => undefined,
        )
      } else if (error instanceof ApiError && error.status === 409) setStatus('locked')
      else setStatus('failed')
    } finally {
      if (inFlight.get(assessmentId) === landed) inFlight.delete(assessmentId)
    }
  }, [])

  /** Takes a change to the draft; it is saved once typing pauses. */
  const update = (next: Draft) => {
    const state = live.current
    state.draft = next
    state.edits += 1
    setDraft(next)
    if (state.status === 'conflict' || state.status === 'locked') return
    if (state.status !== 'saving') setStatus('pending')
    clearTimeout(state.timer)
    state.timer = setTimeout(() => void save(), DEBOUNCE_MS)
  }

  /** After a conflict: drop our unsaved changes and show the version that was saved. */
  const takeTheirs = (current: ConfirmationDraft) => {
    const next = toDraft(current)
    Object.assign(live.current, { draft: next, version: current.version })
    setDraft(next)
    setMeta(metaOf(current))
    setTheirs(null)
    setStatus('saved')
  }

  /** After a conflict: save ours over the version that was saved. */
  const keepMine = (current: ConfirmationDraft) => {
    live.current.version = current.version
    setMeta(metaOf(current))
    setTheirs(null)
    setStatus('pending')
    void save()
  }

  /** Stops a save that is due: the page confirms the draft itself, which then goes away. */
  const cancel = () => {
    clearTimeout(live.current.timer)
    live.current.timer = undefined
    if (live.current.status === 'pending') setStatus('saved')
  }

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

  return { draft, meta, status, theirs, update, save, takeTheirs, keepMine, cancel }
}

export type DraftSync = ReturnType<typeof useDraftSync>

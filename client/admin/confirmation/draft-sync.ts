import { useCallback, useRef, useState } from 'preact/hooks'
import type { ConfirmationDraft } from '#surveys/schemas/confirmation-view'
import { ApiError, call } from '../../shared/api.ts'
import type { Draft } from './draft.ts'
import {
  type DraftMeta,
  draftRoute,
  fetchDraft,
  inFlight,
  type LiveDraft,
  metaOf,
  type SaveState,
  toDraft,
} from './draft-store.ts'
import { useDraftLeave } from './use-draft-leave.ts'

/** How long typing pauses before the draft is saved. */
const DEBOUNCE_MS = 800

/**
 * The confirmation page's working copy, saved to the server as it changes (debounced) over the
 * version it was loaded at. A conflict stops saving until the user chooses whose version stays.
 * Leaving with changes the server does not have asks first (useDraftLeave).
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
  const live = useRef<LiveDraft>({
    draft,
    version: loaded.version,
    status: 'saved',
    edits: 0,
    timer: undefined,
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

  useDraftLeave({ assessmentId, live, save, takeTheirs, leaveQuestion })

  return { draft, meta, status, theirs, update, save, takeTheirs, keepMine, cancel }
}

export type DraftSync = ReturnType<typeof useDraftSync>

import { useCallback, useRef, useState } from 'preact/hooks'
import type { ConfirmationDraft } from '#surveys/schemas/confirmation-view'
import type { Draft } from './draft.ts'
import {
  type DraftMeta,
  fetchDraft,
  type LiveDraft,
  metaOf,
  putDraft,
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
    const outcome = await putDraft(assessmentId, state.draft, state.version, keepalive)
    if ('refused' in outcome) {
      setStatus(outcome.refused)
      if (outcome.refused === 'conflict')
        fetchDraft(assessmentId).then(
          (current) => state.mounted && setTheirs(current),
          () => undefined,
        )
      return
    }
    state.version = outcome.saved.version
    if (state.mounted) setMeta(metaOf(outcome.saved))
    setStatus(state.edits === sent ? 'saved' : 'pending')
    if (state.edits !== sent) void save()
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

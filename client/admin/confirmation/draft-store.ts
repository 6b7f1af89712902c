import type { ConfirmationDraft } from '#surveys/schemas/confirmation-view'
import { ApiError, call, server } from '../../shared/api.ts'
import type { Draft } from './draft.ts'

/**
 * `saved`: the server has every change. `pending`: a save is due. `saving`: one is on its way.
 * `conflict`: someone else saved first (409), nothing of ours was written. `locked`: the
 * assessment was confirmed or reopened meanwhile. `failed`: the server could not be reached.
 */
export type SaveState = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict' | 'locked'

export type DraftMeta = Omit<ConfirmationDraft, 'decisions' | 'order'>

/** What the draft's saving reads between renders: the working copy and where saving stands. */
export interface LiveDraft {
  draft: Draft
  version: number
  status: SaveState
  edits: number
  timer: ReturnType<typeof setTimeout> | undefined
  mounted: boolean
}

// A save still on its way when the page is left; coming back waits for it before loading, so
// the page never shows (and then saves over) the version before it.
const inFlight = new Map<string, Promise<unknown>>()

const draftRoute = server.assessments[':id'].confirmation.draft

export const fetchDraft = (id: string) => call(draftRoute.$get({ param: { id } }))

/** The saved draft, once any save still on its way from this tab has landed. */
export async function loadDraft(assessmentId: string): Promise<ConfirmationDraft> {
  await inFlight.get(assessmentId)
  return fetchDraft(assessmentId)
}

/** What one save came to: the draft as the server now has it, or the state it leaves saving in. */
export type SaveOutcome =
  | { saved: ConfirmationDraft }
  | { refused: Extract<SaveState, 'conflict' | 'locked' | 'failed'> }

/**
 * PUTs the working copy over the version it was loaded at, kept in `inFlight` until it lands.
 * `keepalive`: a save sent as the page unloads still reaches the server.
 */
export async function putDraft(
  assessmentId: string,
  { decisions, order }: Draft,
  version: number,
  keepalive: boolean,
): Promise<SaveOutcome> {
  const request = call(
    draftRoute.$put(
      { param: { id: assessmentId }, json: { decisions, order, version } },
      keepalive ? { init: { keepalive: true } } : undefined,
    ),
  )
  const landed = request.catch(() => undefined)
  inFlight.set(assessmentId, landed)
  try {
    return { saved: await request }
  } catch (error) {
    // Someone saved first (draft_conflict), or the assessment was confirmed or reopened (409).
    if (error instanceof ApiError && error.code === 'draft_conflict') return { refused: 'conflict' }
    return { refused: error instanceof ApiError && error.status === 409 ? 'locked' : 'failed' }
  } finally {
    if (inFlight.get(assessmentId) === landed) inFlight.delete(assessmentId)
  }
}

export const toDraft = ({ decisions, order }: ConfirmationDraft): Draft => ({ decisions, order })

export const metaOf = ({ version, updatedAt, updatedBy }: ConfirmationDraft): DraftMeta => ({
  version,
  updatedAt,
  updatedBy,
})

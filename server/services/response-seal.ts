import type { Executor } from '#db/client'
import { findSealState } from '#db/queries/sealed-responses'
import type { SealedResponses } from '#surveys/domain/sealed-responses'
import type { AppDeps } from '../context.ts'
import { serviceUnavailable } from '../errors.ts'
import { foldEveryResponse } from './score-fold.ts'
import { digestResponses } from './sealed-responses.ts'

const RETRY_AFTER_SECONDS = 5

/**
 * Step one of a confirmation: folds every stored response of the (closed) assessment into the
 * running sums — waiting for inserts still in flight, never giving up silently — and returns
 * their count, last id and digest for the snapshot. A wait longer than config.sealWaitMs answers
 * 503 with Retry-After; nothing is sealed then.
 */
export async function sealResponses(deps: AppDeps, assessmentId: number): Promise<SealedResponses> {
  const upTo = await foldEveryResponse(deps.database, assessmentId, deps.config.sealWaitMs)
  if (upTo === undefined) {
    throw serviceUnavailable(
      'responses_in_flight',
      'Survey responses are still being stored; nothing was confirmed. Try again in a few seconds.',
      RETRY_AFTER_SECONDS,
    )
  }
  return digestResponses(deps.database, assessmentId, upTo)
}

/**
 * Step two, inside the confirmation's transaction: refuses to seal unless the running sums the
 * scores were computed from (`scored` responses) cover every stored response of the assessment,
 * and the stored responses are still exactly the sealed ones. Responses cannot change or go
 * (a trigger), so equal counts and last ids mean the same responses.
 */
export async function assertSealCovers(
  tx: Executor,
  assessmentId: number,
  sealed: SealedResponses,
  scored: number,
): Promise<void> {
  const state = await findSealState(tx, assessmentId)
  const lastId = state.lastId === null ? null : String(state.lastId)
  const covered =
    state.stored === sealed.count &&
    lastId === sealed.lastId &&
    state.folded === sealed.count &&
    scored === sealed.count &&
    (state.lastId === null || (state.watermark ?? 0) >= state.lastId)
  if (!covered) {
    throw serviceUnavailable(
      'responses_changed',
      `Responses changed while the result was being sealed (${state.stored} stored, ${scored} scored); nothing was confirmed. Try again.`,
      RETRY_AFTER_SECONDS,
    )
  }
}

import type { AppDeps } from '../context.ts'
import { sendDueReminders } from './reminders.ts'

/**
 * Runs the scheduled reminders every `everyMs` (and once at start) in this instance. Every
 * instance may run it: sendDueReminders takes each assessment's row lock, so they take turns and
 * nothing is sent twice. Failures are reported and the next round tries again.
 */
export function startReminderJob(
  deps: AppDeps,
  options: { everyMs: number; onError: (error: unknown) => void },
) {
  let running: Promise<void> = Promise.resolve()
  const round = () => {
    // One round at a time in this instance: a slow round is not overtaken by the next.
    running = running.then(() => sendDueReminders(deps).then(() => {}, options.onError))
  }
  round()
  const timer = setInterval(round, options.everyMs)
  timer.unref()
  return {
    /** Stops the timer and waits for a round in progress. */
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}

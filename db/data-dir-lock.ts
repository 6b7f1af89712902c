import {
  linkSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'

/** The embedded database's folder is held by another live process. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(`the data folder ${dataDir} is in use by another Materiality process (pid ${pid})`)
    this.name = 'DataDirLockedError'
  }
}

export interface DataDirLock {
  /** Removes the lock file, if it is still ours. */
  release(): void
}

const LOCK_FILE = '.materiality.lock'
/** A takeover guard older than this was left by a process that died while holding it. */
const GUARD_STALE_MS = 10_000

/**
 * Takes the embedded database's folder for this process. PGlite runs PostgreSQL inside one
 * process without PostgreSQL's own postmaster.pid check, so two processes on one folder would
 * each hand out the same ids and lose each other's writes. The lock is a file holding our pid,
 * put in place atomically (it exists complete or not at all); one left behind by a process that
 * died (kill -9, power cut) names a pid that no longer runs, or our own after a container
 * restart, and is taken over.
 * @example const lock = lockDataDir('./data'); … lock.release()
 */
export function lockDataDir(dataDir: string, pid = process.pid): DataDirLock {
  const file = join(dataDir, LOCK_FILE)
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(file, pid)) return held(file, pid)
    const holder = readPid(file)
    if (holder !== undefined && holder !== pid && isRunning(holder)) {
      throw new DataDirLockedError(dataDir, holder)
    }
    removeStale(dataDir, file, holder)
  }
  throw new Error(`could not take the lock ${file}; remove it if no Materiality process runs`)
}

/** Creates the lock file with our pid unless one exists: written aside, then linked (atomic). */
function tryCreate(file: string, pid: number): boolean {
  const draft = `${file}.${pid}`
  writeFileSync(draft, `${pid}\n`)
  try {
    linkSync(draft, file)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    rmSync(draft, { force: true })
  }
}

function held(file: string, pid: number): DataDirLock {
  const release = () => {
    if (readPid(file) === pid) rmSync(file, { force: true })
    process.off('exit', release)
  }
  // process.exit() skips close(): still leave no lock behind.
  process.on('exit', release)
  return { release }
}

/**
 * Removes a dead process's lock file. Two processes may find the same stale lock at once; a
 * directory made with mkdir (atomic) lets one of them at a time remove it, and only while it
 * still names the dead pid, so neither deletes the lock the other has just taken.
 */
function removeStale(dataDir: string, file: string, holder: number | undefined) {
  const guard = join(dataDir, `${LOCK_FILE}.takeover`)
  try {
    mkdirSync(guard)
  } catch {
    if (Date.now() - (statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? 0) > GUARD_STALE_MS) {
      rmSync(guard, { recursive: true, force: true })
    }
    return
  }
  try {
    if (readPid(file) === holder) rmSync(file, { force: true })
  } finally {
    rmdirSync(guard)
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

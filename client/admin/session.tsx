import { type ComponentChildren, createContext } from 'preact'
import { useCallback, useContext, useEffect, useState } from 'preact/hooks'
import { can, type Permission } from '#surveys/domain/permissions'
import { ApiError, call, type Data, server } from '../shared/api.ts'

/**
 * GET /api/auth/me: the signed-in user and a role per organisation. `mustChangePassword`: signed
 * in with a password an admin chose, so only the change-password page works.
 */
export type Me = Data<typeof server.auth.me.$get>

/** The organisations in which the signed-in user holds a permission. */
export const organisationsWhere = (me: Me | null | undefined, permission: Permission) =>
  (me?.organisations ?? []).filter((o) => can(o.role, permission))

interface SessionState {
  /** undefined while loading, null when signed out. */
  me: Me | null | undefined
  refresh(): Promise<void>
  signOut(): Promise<void>
}

const SessionContext = createContext<SessionState>({
  me: undefined,
  refresh: async () => {},
  signOut: async () => {},
})

export function SessionProvider(props: { children: ComponentChildren }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined)
  const refresh = useCallback(async () => {
    try {
      setMe(await call(server.auth.me.$get()))
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) setMe(null)
      else throw error
    }
  }, [])
  const signOut = useCallback(async () => {
    await call(server.auth.logout.$post())
    setMe(null)
  }, [])
  useEffect(() => {
    refresh().catch(() => setMe(null))
  }, [refresh])
  return (
    <SessionContext.Provider value={{ me, refresh, signOut }}>
      {props.children}
    </SessionContext.Provider>
  )
}

export const useSession = () => useContext(SessionContext)

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, resetCsrf, unwrap, type Reply } from '../../api/client';

export type Me = NonNullable<Reply<'/api/auth/me', 'get'>['user']>;
export type RoleGrant = Me['roles'][number];
export type Role = RoleGrant['role'];

type Session = {
  user: Me | null;
  loading: boolean;
  setUser: (user: Me | null) => void;
  logout: () => Promise<void>;
};

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  useEffect(() => {
    unwrap(api.GET('/api/auth/me'))
      .then((body) => setUser(body.user))
      .catch(() => setUser(null))
      .finally(() => setLoading(false));
  }, []);
  const logout = useCallback(async () => {
    await unwrap(api.POST('/api/auth/logout'));
    resetCsrf();
    // What the app kept for offline reading belongs to this account: gone with it.
    if ('caches' in window) await caches.delete('tinhso-api');
    setUser(null);
  }, []);
  return <SessionContext.Provider value={{ user, loading, setUser, logout }}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

export const hasRole = (user: Me | null, role: Role) => !!user?.roles.some((r) => r.role === role);

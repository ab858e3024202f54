import type { ReactNode } from 'react';
import { useAuth } from '../../../lib/auth';
import { ForbiddenPage } from '../../../components/StatusPages';

/** Who may change the assessment rules (the server enforces the same). */
export const SETTINGS_ROLES: readonly string[] = ['hr_admin', 'admin'];

/**
 * Pengaturan Aturan is for HR administrators and admins; everyone else sees "Akses ditolak" and the page's
 * (lazy) code is not loaded for them.
 */
export function RequireSettingsAccess({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const allowed = Boolean(user?.roles.some((r) => SETTINGS_ROLES.includes(r)));
  return allowed ? <>{children}</> : <ForbiddenPage />;
}

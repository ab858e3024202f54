import type { AuthSessionView, UserView } from '../../../domain/auth/view.js';
import type { UserRow } from './auth.repository.js';

export const presentUser = (u: UserRow): UserView => ({
  id: u.id,
  username: u.username,
  roles: u.roles,
  employeeId: u.employeeId,
  active: u.active,
  ssoLinked: u.oidcSubject !== null,
  version: u.version,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

export const presentSession = (s: SessionRow, currentId: string | undefined): AuthSessionView => ({
  id: s.id,
  current: s.id === currentId,
  createdAt: s.createdAt.toISOString(),
  lastSeenAt: s.lastSeenAt.toISOString(),
  expiresAt: s.expiresAt.toISOString(),
  userAgent: s.userAgent,
  ip: s.ip,
});

import type { Role } from '../../domain/permissions.js';
import type { Locale } from './i18n.js';

/** Who is acting. `null` actor means the system itself (seed, migrations, jobs). */
export interface Actor {
  userId: string;
  username: string;
  roles: Role[];
  employeeId: string | null;
  via: 'session' | 'token';
  sessionId?: string;
}

/** What a use case needs to know about the request, without knowing HTTP. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string | null;
  locale: Locale;
}

export const systemContext = (label = 'system'): RequestContext & { systemLabel: string } => ({
  actor: null,
  requestId: null,
  locale: 'id',
  systemLabel: label,
});

import type { Deps } from '../../../platform/deps.js';
import { appendAudit } from '../../../platform/audit.js';
import { systemContext } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import * as repo from '../auth.repository.js';
import { startSession } from './session.js';

/** Why a single sign-on did not open a session; also the `sso` code the sign-in page shows. */
export type OidcRefusal = 'failed' | 'unlinked' | 'inactive' | 'mismatch';

export interface OidcIdentity {
  issuer: string;
  subject: string;
  /** the value of the linking claim (username or NIP); null when the provider did not send it */
  identifier: string | null;
}

export interface OidcRequest {
  ip: string;
  userAgent: string | undefined;
  requestId: string;
}

const AUDIT_LABEL = 'oidc';

/**
 * Audits a single sign-on that did not open a session. No account is created or changed. `auth.oidc_unlinked`
 * when the identity matches no account; `auth.oidc_failed` otherwise (the flow failed, or the account refused).
 */
export async function auditOidcFailure(
  deps: Deps,
  request: Pick<OidcRequest, 'ip' | 'requestId'>,
  facts: {
    reason: string;
    userId?: string | undefined;
    issuer?: string;
    subject?: string;
    identifier?: string | null;
    /** the provider's error code, e.g. access_denied */
    error?: string;
  },
): Promise<void> {
  const ctx = { ...systemContext(AUDIT_LABEL), requestId: request.requestId };
  const { userId, ...after } = facts;
  await deps.database.db.transaction((tx) =>
    appendAudit(
      tx,
      ctx,
      {
        action: facts.reason === 'unlinked' ? 'auth.oidc_unlinked' : 'auth.oidc_failed',
        entityType: userId ? 'user' : 'oidc_identity',
        entityId: userId ?? facts.subject ?? facts.issuer ?? deps.config.oidc?.issuer ?? 'oidc',
        after: { ip: request.ip, ...after },
      },
      deps.clock.now(),
    ),
  );
}

/** The account an identity names: by username (any case), else by the NIP of the account's employee. */
async function findLinkedAccount(deps: Deps, identifier: string) {
  const { db } = deps.database;
  const byUsername = await repo.findUserByUsername(db, identifier);
  if (byUsername) return byUsername;
  if (!/^\d{18}$/.test(identifier)) return undefined;
  const byNip = await repo.findUsersByNip(db, identifier);
  return byNip.length === 1 ? byNip[0] : undefined; // two accounts for one employee: ambiguous, link neither
}

/**
 * Signs in the account an OpenID identity is linked to. Never creates an account. The account must be active; its
 * remembered subject, when it has one, must be the identity's (a different subject for the same username means the
 * account was renamed at the provider), and a subject already remembered for another account is refused. The
 * subject is remembered at the first sign-in. The provider is responsible for the second factor: no TOTP is asked.
 */
export async function oidcSignIn(
  deps: Deps,
  identity: OidcIdentity,
  request: OidcRequest,
): Promise<{ ok: true; result: Awaited<ReturnType<typeof open>> } | { ok: false; refusal: OidcRefusal }> {
  const { issuer, subject, identifier } = identity;
  const refuse = async (refusal: OidcRefusal, reason: string, userId?: string) => {
    await auditOidcFailure(deps, request, { reason, userId, issuer, subject, identifier });
    return { ok: false as const, refusal };
  };
  if (!identifier) return refuse('unlinked', 'unlinked');
  const user = await findLinkedAccount(deps, identifier);
  if (!user) return refuse('unlinked', 'unlinked');
  if (!user.active) return refuse('inactive', 'inactive', user.id);
  if (user.oidcSubject !== null && user.oidcSubject !== subject)
    return refuse('mismatch', 'subject_mismatch', user.id);
  if (user.oidcSubject === null) {
    const holder = await repo.findUserByOidcSubject(deps.database.db, subject);
    if (holder && holder.id !== user.id) return refuse('mismatch', 'subject_taken', user.id);
  }
  try {
    return { ok: true, result: await open(deps, user, identity, request) };
  } catch (err) {
    // another sign-in claimed the subject for another account in between (unique index), or for this one
    if (err instanceof AppError && err.code === 'CONFLICT')
      return refuse('mismatch', 'subject_taken', user.id);
    throw err;
  }
}

async function open(deps: Deps, user: repo.UserRow, identity: OidcIdentity, request: OidcRequest) {
  const firstLink = user.oidcSubject === null;
  const { token, csrfToken } = await startSession(deps, user, {
    ip: request.ip,
    userAgent: request.userAgent,
    requestId: request.requestId,
    method: 'oidc',
    audit: { issuer: identity.issuer, subject: identity.subject, firstLink },
    before: async (tx) => {
      if (!firstLink) return;
      let claimed: boolean;
      try {
        claimed = await repo.claimOidcSubject(tx, user.id, identity.subject, deps.clock.now());
      } catch (err) {
        if (isUniqueViolation(err)) throw new AppError('CONFLICT');
        throw err;
      }
      if (!claimed) {
        // a concurrent first sign-in remembered a subject: it must be this one
        const now = await repo.findUserById(tx, user.id);
        if (now?.oidcSubject !== identity.subject) throw new AppError('CONFLICT');
      }
    },
  });
  return { user, token, csrfToken };
}

function isUniqueViolation(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

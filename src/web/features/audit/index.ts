// The public entry of the audit feature: what the rest of the web app may use.
import { lazy } from 'react';

export { useAuditEntries } from './api/list-audit';

/** A record's change history (admins and auditors), its code loaded on first use. */
export const EntityHistory = lazy(() => import('./components/EntityHistory'));

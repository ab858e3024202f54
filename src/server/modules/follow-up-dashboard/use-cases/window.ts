import { dateIn } from '../../../../domain/dates.js';
import { yearWindow } from '../../../../domain/follow-up-dashboard/figures.js';
import type { Deps } from '../../../platform/deps.js';
import type { Scope } from '../follow-up-dashboard.policy.js';
import type { Window } from '../follow-up-dashboard.repository.js';

/** What a read looks at: the scope's units, today and the year asked for (default: this year), in Asia/Jakarta. */
export function windowOf(deps: Deps, scope: Scope, year: number | undefined): Window & { year: number } {
  const today = dateIn(deps.clock.now());
  const y = year ?? Number(today.slice(0, 4));
  return { ...yearWindow(y), year: y, today, unitIds: scope.unitIds };
}

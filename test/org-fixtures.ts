import { pnsNip } from './factories.js';

/** Helpers for the org module's tests (units, employees, acting officials). */

/** A well-formed id that no record has. */
export const GHOST = '00000000-0000-4000-8000-000000000000';

let n = 0;
/** A unit code no other test of the file uses. */
export const uniqueCode = (prefix = 'C') => `${prefix}${++n}`;

/** A valid POST /employees body in `unitId` (a fresh PNS NIP), with `over` on top. */
export function employeeBody(unitId: string, over: Record<string, unknown> = {}) {
  return {
    nip: pnsNip(),
    name: `Pegawai ${++n}`,
    asnType: 'PNS',
    rank: 'III/a',
    positionTitle: 'Analis Kebijakan',
    positionType: 'pelaksana',
    unitId,
    ...over,
  };
}

/** One field issue of a 400 answer; a NIP names its failing `part`. */
export type FieldDetail = { path: string; code: string; message: string; part?: string };
/** The field issues of a 400 answer. */
export const detailsOf = (res: { json: () => unknown }) =>
  (res.json() as { error: { details: FieldDetail[] } }).error.details;

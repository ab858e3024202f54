import { formatNip } from '../../../domain/people/nip.js';
import { rankLabel } from '../../../domain/people/ranks.js';
import type { ActingHead, ActingOfficialView, EmployeeView, UnitView } from '../../../domain/people/view.js';
import type { ActingRow, EmployeeWithRefs, UnitRow } from './org.repository.js';

export const presentEmployee = ({ employee: e, unit, supervisor }: EmployeeWithRefs): EmployeeView => ({
  id: e.id,
  nip: e.nip,
  nipFormatted: formatNip(e.nip, e.asnType),
  name: e.name,
  asnType: e.asnType,
  rank: e.rank,
  rankLabel: rankLabel(e.rank),
  positionTitle: e.positionTitle,
  positionType: e.positionType,
  functionalLevel: e.functionalLevel ?? null,
  unitId: e.unitId,
  unit,
  supervisorId: e.supervisorId,
  supervisor: supervisor?.id ? supervisor : null,
  email: e.email,
  active: e.active,
  version: e.version,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
});

export const presentActing = (a: { acting: ActingRow; name: string }): ActingOfficialView => ({
  id: a.acting.id,
  unitId: a.acting.unitId,
  employeeId: a.acting.employeeId,
  employeeName: a.name,
  kind: a.acting.kind,
  startDate: a.acting.startDate,
  endDate: a.acting.endDate,
  note: a.acting.note,
});

export const presentActingHead = (a: { acting: ActingRow; name: string } | undefined): ActingHead | null =>
  a
    ? {
        employeeId: a.acting.employeeId,
        name: a.name,
        kind: a.acting.kind,
        startDate: a.acting.startDate,
        endDate: a.acting.endDate,
      }
    : null;

export const presentUnit = (
  u: UnitRow,
  head: { id: string | null; name: string | null; nip: string | null } | null,
  acting: { acting: ActingRow; name: string } | undefined,
): UnitView => ({
  id: u.id,
  name: u.name,
  code: u.code,
  parentId: u.parentId,
  headId: u.headId,
  head: head?.id ? { id: head.id, name: head.name ?? '', nip: head.nip ?? '' } : null,
  actingHead: presentActingHead(acting),
  version: u.version,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});

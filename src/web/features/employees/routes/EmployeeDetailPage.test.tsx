import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';

const employee = {
  id: '7d1c1b8e-0f7a-4d0e-9a51-6a2b8e5f0c11',
  nip: '199407112017082002',
  nipFormatted: '19940711 201708 2 002',
  name: 'Siti Nurhaliza, A.Md.Kep.',
  asnType: 'PNS',
  rank: 'II/d',
  rankLabel: 'Pengatur Tingkat I (II/d)',
  positionTitle: 'Perawat Terampil',
  positionType: 'fungsional',
  functionalLevel: 'terampil',
  unitId: 'a1',
  unit: { id: 'a1', code: 'DINKES.PKM-KMN', name: 'Puskesmas Kemuning' },
  supervisorId: 'b2',
  supervisor: { id: 'b2', name: 'dr. Ratna Sari, M.Kes.', nip: '198001012005012001' },
  email: null,
  active: true,
  version: 3,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-29T07:00:00Z',
};

const api = (roles: Parameters<typeof sessionFor>[0]) => [
  sessionRoute(sessionFor(roles)),
  { path: `/employees/${employee.id}`, body: employee },
  { path: '/employees', body: { items: [], total: 0 } },
  { path: '/units/tree', body: { items: [] } },
  {
    path: '/audit',
    body: {
      items: [
        {
          id: 'e1',
          seq: 12,
          at: '2026-11-29T07:00:00Z',
          actor: { userId: 'u', label: 'admin.bkpsdm' },
          action: 'employee.update',
          entityType: 'employee',
          entityId: employee.id,
          before: { positionTitle: 'Perawat' },
          after: { positionTitle: 'Perawat Terampil' },
          requestId: 'r',
          prevHash: 'a',
          hash: 'b',
        },
      ],
      total: 1,
    },
  },
];

describe('EmployeeDetailPage', () => {
  it('when an employee opens a colleague, then the details are read-only and there is no history', async () => {
    const calls = mockApi(api(['employee']));
    renderRoutes(routes, `/employees/${employee.id}`);
    expect((await screen.findByTestId('employee-nip', {}, { timeout: 5000 })).textContent).toBe(
      '19940711 201708 2 002',
    );
    expect(screen.getByTestId('employee-supervisor').textContent).toBe('dr. Ratna Sari, M.Kes.');
    expect(screen.queryByTestId('employee-edit')).toBeNull();
    expect(screen.queryByTestId('change-history')).toBeNull();
    expect(calls.some((c) => c.url.includes('/audit'))).toBe(false);
  });

  it('when HR and admin opens it, then the edit form and the change history are shown', async () => {
    const calls = mockApi(api(['admin', 'hr_admin']));
    renderRoutes(routes, `/employees/${employee.id}`);
    expect(await screen.findByTestId('employee-edit', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('employee-nip-input').value).toBe(employee.nip);
    expect(screen.getByTestId('employee-functional-level-select')).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('supervisor-select').value).toContain('dr. Ratna Sari');
    expect((await screen.findAllByTestId('audit-entry', {}, { timeout: 5000 })).length).toBe(1);
    const audit = calls.find((c) => c.url.startsWith('/api/v1/audit'));
    expect(audit?.url).toContain(`entityType=employee&entityId=${employee.id}`);
  });
});

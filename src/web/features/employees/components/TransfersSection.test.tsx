import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';

const employee = {
  id: '7d1c1b8e-0f7a-4d0e-9a51-6a2b8e5f0c11',
  nip: '199407112017082002',
  nipFormatted: '19940711 201708 2 002',
  name: 'Bidan Ani',
  asnType: 'PNS',
  rank: 'II/d',
  rankLabel: 'Pengatur Tingkat I (II/d)',
  positionTitle: 'Bidan Terampil',
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

const MAWAR = '3f0c2a10-5c4b-4d9e-8a71-2b6c0d9e4f22';
const unitItem = (id: string, code: string, name: string) => ({
  id,
  code,
  name,
  parentId: null,
  headId: null,
  headName: null,
  actingHead: null,
  employeeCount: 3,
  depth: 0,
});

const transfer = {
  id: 't1',
  employeeId: employee.id,
  cycleId: 'c1',
  effectiveDate: '2026-07-01',
  fromUnit: { id: 'a1', name: 'Puskesmas Kemuning' },
  toUnit: { id: MAWAR, name: 'Puskesmas Mawar' },
  fromSupervisor: { id: 'b2', name: 'dr. Ratna Sari, M.Kes.' },
  toSupervisor: { id: 'b3', name: 'dr. Kepala Mawar' },
  endedPlanId: 'p-old',
  newPlanId: 'p-new',
  positionTitle: 'Bidan Mahir',
  note: 'SK 821/123',
  createdAt: '2026-06-20T03:00:00Z',
};

const api = (roles: Parameters<typeof sessionFor>[0], items: unknown[] = [transfer]) => [
  sessionRoute(sessionFor(roles)),
  { path: `/employees/${employee.id}`, body: employee },
  { path: `/employees/${employee.id}/transfers`, body: { items } },
  { method: 'POST', path: `/employees/${employee.id}/transfers`, status: 201, body: transfer },
  { path: '/employees', body: { items: [], total: 0 } },
  {
    path: '/units/tree',
    body: {
      items: [
        unitItem('a1', 'DINKES.PKM-KMN', 'Puskesmas Kemuning'),
        unitItem(MAWAR, 'DINKES.PKM-MWR', 'Puskesmas Mawar'),
      ],
    },
  },
  { path: '/audit', body: { items: [], total: 0 } },
];

describe('Mutasi on the employee page', () => {
  it('when HR opens an employee, then the transfers are listed with both units, the new title and links to both plans', async () => {
    mockApi(api(['hr_admin']));
    renderRoutes(routes, `/employees/${employee.id}`);
    const item = await screen.findByTestId('transfer-item', {}, { timeout: 5000 });
    expect(item.textContent).toContain('Puskesmas Kemuning');
    expect(item.textContent).toContain('Puskesmas Mawar');
    expect(item.textContent).toContain('dr. Kepala Mawar');
    expect(item.textContent).toContain('Bidan Mahir');
    expect(item.textContent).toContain('1 Juli 2026');
    expect(screen.getByTestId('transfer-new-plan').getAttribute('href')).toBe('/plans/p-new');
    expect(screen.getByText('SKP lama').getAttribute('href')).toBe('/plans/p-old');
  });

  it('when HR records a transfer, then unit, date, title and note are sent', async () => {
    const calls = mockApi(api(['hr_admin'], []));
    renderRoutes(routes, `/employees/${employee.id}`);
    await screen.findByTestId('transfer-form', {}, { timeout: 5000 });
    expect(await screen.findByText('Belum ada mutasi.')).toBeTruthy();
    const unit = screen.getByTestId('transfer-unit');
    await waitFor(() => expect((unit as HTMLInputElement).disabled).toBe(false));
    fireEvent.click(unit);
    fireEvent.click(await screen.findByRole('option', { name: /Puskesmas Mawar/ }));
    fireEvent.change(screen.getByTestId('transfer-date'), { target: { value: '2026-07-01' } });
    fireEvent.change(screen.getByTestId('transfer-title'), { target: { value: 'Bidan Mahir' } });
    fireEvent.change(screen.getByTestId('transfer-note'), { target: { value: 'SK 821/123' } });
    fireEvent.click(screen.getByTestId('transfer-save'));
    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/transfers'))).toBe(true),
    );
    const post = calls.find((c) => c.method === 'POST' && c.url.endsWith('/transfers'))!;
    expect(post.body).toEqual({
      unitId: MAWAR,
      supervisorId: null,
      effectiveDate: '2026-07-01',
      positionTitle: 'Bidan Mahir',
      note: 'SK 821/123',
    });
  });

  it('when HR submits without a unit or date, then the fields say so and nothing is sent', async () => {
    const calls = mockApi(api(['hr_admin'], []));
    renderRoutes(routes, `/employees/${employee.id}`);
    await screen.findByTestId('transfer-form', {}, { timeout: 5000 });
    fireEvent.click(screen.getByTestId('transfer-save'));
    await waitFor(() =>
      expect(screen.getByTestId('transfer-date').getAttribute('aria-invalid')).toBe('true'),
    );
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('when an employee without HR rights opens a colleague, then there is no Mutasi section', async () => {
    const calls = mockApi(api(['employee']));
    renderRoutes(routes, `/employees/${employee.id}`);
    await screen.findByTestId('employee-nip', {}, { timeout: 5000 });
    expect(screen.queryByTestId('transfers-section')).toBeNull();
    expect(calls.some((c) => c.url.includes('/transfers'))).toBe(false);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import type { Training, TrainingImportReport } from '../types';

const base = {
  provider: 'BKPSDM Kabupaten Kemuning',
  mode: 'classroom' as const,
  cost: 750000,
  schedule: 'Februari 2027',
  startDate: '2027-02-15',
  endDate: '2027-02-16',
  capacity: 30,
  description: null,
  active: true,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-29T07:00:00Z',
};
const items: Training[] = [
  {
    ...base,
    id: 'a1',
    code: 'KMN-PP-01',
    title: 'Pelayanan Prima bagi Petugas Loket Puskesmas',
    hours: 16,
    competences: ['kesehatan', 'berorientasi_pelayanan', 'effectiveness'],
    version: 2,
  },
  {
    ...base,
    id: 'a2',
    code: 'KMN-DIG-01',
    title: 'Literasi Data untuk ASN',
    mode: 'elearning',
    hours: 20,
    cost: 0,
    competences: ['adaptif', 'efficiency'],
    version: 1,
  },
];

const report: TrainingImportReport = {
  total: 3,
  created: 1,
  updated: 1,
  rejected: [{ row: 4, code: 'BAD-1', errors: [{ field: 'JP', message: 'Harus lebih besar dari 0.' }] }],
  committed: false,
  dryRun: true,
};

const api = (extra: Parameters<typeof mockApi>[0] = []) => [
  sessionRoute(sessionFor(['hr_admin'])),
  { path: '/trainings', body: { items, total: 2 } },
  ...extra,
];

describe('TrainingsPage', () => {
  it('when HR opens the catalogue, then the programmes show with their competences by name', async () => {
    const calls = mockApi(api());
    renderRoutes(routes, '/admin/trainings');
    const rows = await screen.findAllByTestId('training-row', {}, { timeout: 15000 });
    expect(rows).toHaveLength(2);
    const first = within(rows[0]!);
    expect(first.getByText('Pelayanan Prima bagi Petugas Loket Puskesmas')).toBeTruthy();
    // values first, then categories, then tags
    const badges = first.getByTestId('training-competences').textContent;
    expect(badges).toBe('Berorientasi PelayananEfektivitaskesehatan');
    expect(within(rows[1]!).getByText('Gratis')).toBeTruthy();
    const list = calls.find((c) => c.url.startsWith('/api/v1/trainings?'))!;
    expect(list.url).toContain('active=true');
  });

  it('when HR deactivates a programme, then it asks first and sends active:false with the version', async () => {
    const calls = mockApi(
      api([{ method: 'PATCH', path: '/trainings/a1', body: { ...items[0], active: false, version: 3 } }]),
    );
    renderRoutes(routes, '/admin/trainings');
    const rows = await screen.findAllByTestId('training-row', {}, { timeout: 15000 });
    fireEvent.click(within(rows[0]!).getByTestId('training-toggle'));
    fireEvent.click(await screen.findByTestId('confirm-action'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ version: 2, active: false });
  });

  it('when a file is checked, then the row report names the rejected rows and only valid rows can be imported', async () => {
    const calls = mockApi(api([{ method: 'POST', path: '/trainings/import', body: report }]));
    renderRoutes(routes, '/admin/trainings');
    await screen.findAllByTestId('training-row', {}, { timeout: 15000 });
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    fireEvent.change(input, { target: { files: [new File(['x'], 'katalog.xlsx')] } });
    fireEvent.click(screen.getByTestId('training-import-check'));
    expect(await screen.findByTestId('training-import-report')).toBeTruthy();
    expect(calls.find((c) => c.method === 'POST')!.url).toBe(
      '/api/v1/trainings/import?dryRun=true&validOnly=false',
    );
    expect(screen.getByTestId('training-import-rejected-count').textContent).toBe('1');
    expect(screen.getAllByTestId('training-import-row')).toHaveLength(1);
    expect(screen.getByText(/Harus lebih besar dari 0\./)).toBeTruthy();
    expect(screen.getByTestId<HTMLButtonElement>('training-import-all').disabled).toBe(true);
    expect(screen.getByTestId<HTMLButtonElement>('training-import-valid').disabled).toBe(false);
  });
});

import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, renderWithProviders, sessionFor, sessionRoute } from '../../../test/utils';
import { AuditPage } from '../routes/AuditPage';
import { AuditDiffTable } from './AuditDiffTable';

/** The rows of the rendered table as [field label, before, after]. */
function rows(): string[][] {
  return screen
    .getAllByTestId('audit-diff-row')
    .map((row) =>
      [
        within(row).getByRole('rowheader'),
        within(row).getByTestId('audit-diff-before'),
        within(row).getByTestId('audit-diff-after'),
      ].map((cell) => cell.textContent ?? ''),
    );
}

describe('AuditDiffTable', () => {
  it('when an evaluation changed, then each changed field has its label and translated values; unchanged and technical fields are left out', () => {
    renderWithProviders(
      <AuditDiffTable
        before={{
          id: 'x',
          version: 1,
          status: 'draft',
          resultRating: 'meets',
          predicate: 'baik',
          note: 'sama',
          supervisorId: null,
        }}
        after={{
          id: 'x',
          version: 2,
          status: 'final',
          resultRating: 'above',
          predicate: 'sangat_baik',
          note: 'sama',
          supervisorId: null,
        }}
      />,
    );
    expect(rows()).toEqual([
      ['Status', 'Draf', 'Final'],
      ['Rating hasil kerja', 'Sesuai Ekspektasi', 'Di Atas Ekspektasi'],
      ['Predikat', 'Baik', 'Sangat Baik'],
    ]);
  });

  it('when a record was created, then every field shows with dates, numbers, booleans, lists and enums formatted; unknown keys humanised', () => {
    renderWithProviders(
      <AuditDiffTable
        before={null}
        after={{
          name: 'Dinas Audit',
          startDate: '2026-12-01',
          target: 1250.5,
          active: true,
          roles: ['hr_admin', 'auditor'],
          aspect: 'quality',
          someNewField_value: 'x',
        }}
      />,
    );
    expect(rows()).toEqual([
      ['Nama', '—', 'Dinas Audit'],
      ['Tanggal mulai', '—', '1 Desember 2026'],
      ['Target', '—', '1.250,5'],
      ['Aktif', '—', 'Ya'],
      ['Peran', '—', 'Admin kepegawaian, Auditor'],
      ['Aspek', '—', 'Kualitas'],
      ['Some new field value', '—', 'x'],
    ]);
  });

  it('when read in English, then labels and values are English', () => {
    renderWithProviders(<AuditDiffTable before={{ status: 'draft' }} after={{ status: 'submitted' }} />, {
      language: 'en',
    });
    expect(screen.getByRole('columnheader', { name: 'Before' })).toBeTruthy();
    expect(rows()[0]![0]).toBe('Status');
    expect(rows()[0]![2]).not.toBe('submitted');
  });

  it('when a text is long, then it is cut with an expand button that shows all of it', () => {
    const long = `Awal ${'panjang '.repeat(60)}akhir`;
    renderWithProviders(<AuditDiffTable before={{ reason: 'singkat' }} after={{ reason: long }} />);
    const after = screen.getByTestId('audit-diff-after');
    expect(after.textContent).not.toContain('akhir');
    fireEvent.click(within(after).getByTestId('audit-value-expand'));
    expect(after.textContent).toContain('akhir');
  });

  it('when nothing but technical fields changed, then it says so', () => {
    renderWithProviders(<AuditDiffTable before={{ version: 1 }} after={{ version: 2 }} />);
    expect(screen.getByTestId('audit-diff-empty')).toBeTruthy();
  });
});

describe('AuditPage', () => {
  const entry = {
    id: 'e1',
    seq: 7,
    at: '2026-11-29T07:05:00Z',
    actor: { userId: 'u-9', label: 'hr.rina' },
    actorName: 'Rina Pengelola',
    action: 'employee.update',
    entityType: 'employee',
    entityId: 'emp-1',
    entityLabel: 'Siti Perawat',
    before: { positionType: 'pelaksana' },
    after: { positionType: 'fungsional' },
    requestId: 'r',
    prevHash: 'a',
    hash: 'b',
  };

  it('when opened with filters in the URL, then it asks for them, and shows names, the action label and the diff', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['auditor'])),
      { path: '/audit/actors', body: { items: [] } },
      { path: '/audit', body: { items: [entry], hasMore: false, nextCursor: null } },
    ]);
    renderRoutes(
      [{ path: '/admin/audit', element: <AuditPage /> }],
      '/admin/audit?actor=u-9&actorName=Rina&action=employee.&from=2026-11-01&to=2026-11-30',
    );
    const item = await screen.findByTestId('audit-entry', {}, { timeout: 5000 });
    expect(within(item).getByTestId('audit-action').textContent).toBe('Data pegawai diubah');
    expect(within(item).getByTestId('audit-actor').textContent).toContain('Rina Pengelola');
    expect(within(item).getByTestId('audit-at').textContent).toMatch(/29 November 2026 .*14\.05/);
    expect(within(item).getByRole('link', { name: 'Siti Perawat' }).getAttribute('href')).toBe(
      '/employees/emp-1',
    );
    expect(rows()).toEqual([['Jenis jabatan', 'Pelaksana', 'Fungsional']]);
    const url = calls.find((c) => c.url.startsWith('/api/v1/audit?'))!.url;
    for (const part of [
      'category=changes',
      'actorId=u-9',
      'action=employee.',
      'from=2026-11-01',
      'to=2026-11-30',
      'count=false',
    ])
      expect(url).toContain(part);
  });

  it('when the sign-ins tab is chosen, then the sign-in category is asked for', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['auditor'])),
      { path: '/audit/actors', body: { items: [] } },
      { path: '/audit', body: { items: [], hasMore: false, nextCursor: null } },
    ]);
    renderRoutes([{ path: '/admin/audit', element: <AuditPage /> }], '/admin/audit');
    fireEvent.click(await screen.findByTestId('audit-tab-signins', {}, { timeout: 5000 }));
    await screen.findByText('Belum ada entri');
    expect(calls.some((c) => c.url.includes('category=signins'))).toBe(true);
  });
});

import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import {
  mockApi,
  renderRoutes,
  sessionFor,
  sessionRoute,
  xhrViaFetch,
  type MockRoute,
} from '../../../test/utils';
import { EMPLOYEE_ID, PLAN_ID, plan } from '../../work-plans/test/fixtures';
import { ENTRY_ID, FEB, INDICATOR_ID, JAN, entry, grid, gridIndicator } from '../test/fixtures';

const approved = plan({
  status: 'approved',
  submitProblems: [],
  approvedAt: '2026-01-20T03:00:00Z',
  can: { edit: false, submit: false, review: false, amend: true, editBehaviours: false, comment: true },
});

function routesFor(extra: MockRoute[] = []): MockRoute[] {
  return [
    sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)),
    ...extra,
    { path: `/work-plans/${PLAN_ID}`, body: approved },
    { path: `/work-plans/${PLAN_ID}/progress-grid`, body: grid() },
    { path: `/work-plans/${PLAN_ID}/comments`, body: { items: [] } },
    { path: `/work-plans/${PLAN_ID}/versions`, body: { items: [] } },
    { path: '/work-plans', body: { items: [], total: 0 } },
    { path: '/employees', body: { items: [], total: 0 } },
    { path: '/notifications', body: { items: [], total: 0, unread: 0 } },
  ];
}

const EVIDENCE_LABEL = /^Bukti dukung/i;

describe('Realisasi on the plan page', () => {
  it('when a lower-is-better cell is opened, then its formula shows target ÷ realisasi with the numbers', async () => {
    mockApi(routesFor());
    renderRoutes(routes, `/plans/${PLAN_ID}?tab=progress`);

    const table = await screen.findByTestId('progress-grid', {}, { timeout: 5000 });
    const cell = within(table)
      .getAllByTestId('progress-cell')
      .find((c) => c.getAttribute('data-period') === JAN);
    expect(cell?.textContent).toContain('12 hari');
    expect(cell?.textContent).toContain('83,33%');
    // named by what it shows, after the indicator and the period (the name holds the visible text, WCAG 2.5.3)
    expect(cell?.getAttribute('aria-label')).toBeNull();
    expect(cell?.textContent).toMatch(/^Rata-rata waktu tunggu rujukan, Januari 2026:\s*12 hari/);
    fireEvent.click(cell!);

    const formula = await screen.findByTestId('progress-formula');
    expect(formula.textContent).toContain('target ÷ realisasi × 100%');
    // lower is better: the target is divided by the realisation, not the other way round
    expect(screen.getByTestId('progress-formula-worked').textContent).toBe('10 ÷ 12 × 100% = 83,33%');
    expect(screen.getByTestId('progress-cell-detail').textContent).toContain('2 entri');
  });

  it('when quick entry is saved with a photo, then the progress is sent first and the photo as part "file"', async () => {
    const calls = mockApi(
      routesFor([
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/progress`,
          status: 201,
          body: entry({ periodId: FEB, value: 8, achievement: 125 }),
        },
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/progress/${ENTRY_ID}/evidence`,
          status: 201,
          body: {
            id: 'ev-1',
            progressId: ENTRY_ID,
            kind: 'file',
            filename: 'foto.jpg',
            sha256: 'ab'.repeat(32),
          },
        },
      ]),
    );
    xhrViaFetch();
    renderRoutes(routes, `/plans/${PLAN_ID}?tab=progress`);

    fireEvent.click(await screen.findByTestId('progress-new', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('progress-quick');
    fireEvent.change(within(form).getByTestId('progress-period'), { target: { value: FEB } });
    expect(within(form).getByTestId<HTMLSelectElement>('progress-indicator').value).toBe(INDICATOR_ID);
    const value = within(form).getByTestId<HTMLInputElement>('progress-value');
    expect(value.getAttribute('inputmode')).toBe('decimal');
    fireEvent.change(value, { target: { value: '8' } });
    // the achievement is previewed with its formula before saving
    expect(screen.getByTestId('progress-preview').textContent).toContain('10 ÷ 8 × 100% = 125%');
    fireEvent.change(within(form).getByTestId('progress-note'), {
      target: { value: 'Data register rujukan' },
    });

    const input = within(form).getByTestId<HTMLInputElement>('evidence-file');
    // the file input is labelled (axe: "label", critical)
    expect(within(form).getByLabelText(EVIDENCE_LABEL)).toBe(input);
    expect(input.getAttribute('accept')).toBe('image/*,application/pdf,.doc,.docx,.xls,.xlsx');
    expect(input.getAttribute('capture')).toBe('environment');
    const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0])], 'foto.jpg', { type: 'image/jpeg' });
    fireEvent.change(input, { target: { files: [photo] } });
    fireEvent.click(within(form).getByTestId('progress-save'));

    expect(await screen.findByTestId('progress-saved', {}, { timeout: 5000 })).toBeTruthy();
    const posts = calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.url)).toEqual([
      `/api/v1/work-plans/${PLAN_ID}/progress`,
      `/api/v1/work-plans/${PLAN_ID}/progress/${ENTRY_ID}/evidence`,
    ]);
    expect(posts[0]?.body).toEqual({
      indicatorId: INDICATOR_ID,
      periodId: FEB,
      value: 8,
      text: null,
      note: 'Data register rujukan',
    });
    expect(posts[0]?.headers['x-csrf-token']).toBe('csrf-123');
    const upload = posts[1]?.body;
    expect(upload).toBeInstanceOf(FormData);
    const part = (upload as FormData).get('file');
    expect(part).toBeInstanceOf(File);
    expect((part as File).name).toBe('foto.jpg');
    expect(posts[1]?.headers['x-csrf-token']).toBe('csrf-123');
  });

  it('when a value is typed for a month of a summed indicator, then the preview measures it against the month’s target, not the year’s', async () => {
    const summed = gridIndicator({
      aspect: 'quantity',
      target: 3600,
      unit: 'pasien',
      direction: 'higher',
      aggregation: 'sum',
      formula: 'realisasi ÷ target × 100%',
      cells: [
        { periodId: JAN, target: 300, latest: null, entryCount: 0 },
        { periodId: FEB, target: 280, latest: null, entryCount: 0 },
      ],
    });
    // the first matching route answers: this grid before the default one
    mockApi(
      routesFor([
        {
          path: `/work-plans/${PLAN_ID}/progress-grid`,
          body: grid({ results: [{ ...grid().results[0]!, indicators: [summed] }] }),
        },
      ]),
    );
    renderRoutes(routes, `/plans/${PLAN_ID}?tab=progress`);

    fireEvent.click(await screen.findByTestId('progress-new', {}, { timeout: 5000 }));
    const form = await screen.findByTestId('progress-quick');
    fireEvent.change(within(form).getByTestId('progress-period'), { target: { value: JAN } });
    fireEvent.change(within(form).getByTestId('progress-value'), { target: { value: '310' } });
    expect(screen.getByTestId('progress-preview').textContent).toContain('310 ÷ 300 × 100% = 103,33%');
    expect(screen.getByTestId('progress-target').textContent).toContain('Target periode: 300 pasien');
    // an edited period target counts for its own month
    fireEvent.change(within(form).getByTestId('progress-period'), { target: { value: FEB } });
    expect(screen.getByTestId('progress-preview').textContent).toContain('310 ÷ 280 × 100% = 110,71%');
  });

  it('when the server refuses the file (415), then its message is shown and the entry stays saved', async () => {
    mockApi(
      routesFor([
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/progress`,
          status: 201,
          body: entry({ periodId: FEB }),
        },
        {
          method: 'POST',
          path: `/work-plans/${PLAN_ID}/progress/${ENTRY_ID}/evidence`,
          status: 415,
          body: {
            error: {
              code: 'UNSUPPORTED_MEDIA_TYPE',
              message: 'Jenis berkas tidak didukung (terdeteksi: executable).',
              details: null,
              requestId: 'r',
            },
          },
        },
      ]),
    );
    xhrViaFetch();
    renderRoutes(routes, `/plans/${PLAN_ID}/progress/new?periodId=${FEB}`);
    const form = await screen.findByTestId('progress-quick', {}, { timeout: 5000 });
    expect(within(form).getByTestId<HTMLSelectElement>('progress-period').value).toBe(FEB);
    fireEvent.change(within(form).getByTestId('progress-value'), { target: { value: '12' } });
    const bad = new File([new Uint8Array([0x4d, 0x5a])], 'foto.jpg', { type: 'image/jpeg' });
    fireEvent.change(within(form).getByTestId('evidence-file'), { target: { files: [bad] } });
    fireEvent.click(within(form).getByTestId('progress-save'));
    const error = await screen.findByTestId('progress-error', {}, { timeout: 5000 });
    expect(error.textContent).toContain('Jenis berkas tidak didukung (terdeteksi: executable).');
    expect(screen.getByTestId('progress-entry-saved')).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('progress-save').textContent).toBe('Kirim bukti dukung'));
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '../../../test/utils';
import type { NominationView } from '../types';
import { NominationSection } from './NominationSection';

const EV = 'ev-1';

const nomination: NominationView = {
  id: 'n-1',
  evaluationId: EV,
  periodLabel: 'Triwulan 2 2026',
  employeeId: 'e-1',
  employeeName: 'Siti Perawat',
  nip: '199001012015032001',
  asnType: 'PNS',
  unitId: 'u-1',
  unitName: 'Puskesmas Kemuning',
  kind: 'award',
  reason: 'Inovasi antrean daring.',
  status: 'nominated',
  nominatedByName: 'dr. Kepala Puskesmas',
  createdAt: '2026-11-29T03:00:00Z',
  decisionNote: null,
  decidedAt: null,
  decidedByName: null,
  version: 1,
  can: { decide: false },
};

const final = { id: EV, status: 'final' as const, predicate: 'sangat_baik' };

describe('NominationSection', () => {
  it('when the evaluation is not a final Sangat Baik, then nothing is shown and nothing asked', () => {
    const calls = mockApi([]);
    renderWithProviders(<NominationSection evaluation={{ ...final, predicate: 'baik' }} isAssessor />);
    expect(screen.queryByTestId('nomination-section')).toBeNull();
    expect(calls.filter((c) => c.url.includes('/nominations'))).toHaveLength(0);
  });

  it('when the assessor already nominated for an award, then only the talent pool is left and the reason is required', async () => {
    const calls = mockApi([
      { path: `/evaluations/${EV}/nominations`, body: { items: [nomination] } },
      {
        method: 'POST',
        path: `/evaluations/${EV}/nominations`,
        status: 201,
        body: { ...nomination, id: 'n-2', kind: 'talent_pool' },
      },
    ]);
    renderWithProviders(<NominationSection evaluation={final} isAssessor />);
    expect(await screen.findByTestId('nomination-n-1')).toBeTruthy();
    fireEvent.click(screen.getByTestId('nominate-open'));
    const award = (await screen.findByTestId('nominate-kind-award')) as HTMLInputElement;
    expect(award.disabled).toBe(true);
    expect((screen.getByTestId('nominate-kind-talent_pool') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('nominate-submit'));
    await waitFor(() => expect(screen.getByTestId('nominate-form').textContent).toContain('Wajib diisi.'));
    fireEvent.change(screen.getByTestId('nominate-reason'), {
      target: { value: 'Calon pemimpin puskesmas.' },
    });
    fireEvent.click(screen.getByTestId('nominate-submit'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')!.body).toEqual({
      kind: 'talent_pool',
      reason: 'Calon pemimpin puskesmas.',
    });
  });

  it('when the employee reads an evaluation nobody nominated, then the section stays hidden', async () => {
    const calls = mockApi([{ path: `/evaluations/${EV}/nominations`, body: { items: [] } }]);
    renderWithProviders(<NominationSection evaluation={final} isAssessor={false} />);
    await waitFor(() => expect(calls.filter((c) => c.url.includes('/nominations'))).toHaveLength(1));
    expect(screen.queryByTestId('nomination-section')).toBeNull();
  });
});

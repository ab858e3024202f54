import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders, sessionFor, sessionRoute } from '../../../test/utils';
import type { Unit } from '../types';
import { UnitFormModal } from './UnitFormModal';

const UNIT_ID = '0b0c3c1e-8d1a-4c51-9a0e-5d7b7e0b1a11';
const unit: Unit = {
  id: UNIT_ID,
  name: 'Puskesmas Kemuning',
  code: 'PKM-01',
  parentId: null,
  headId: null,
  head: null,
  actingHead: null,
  version: 2,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('UnitFormModal write conflict', () => {
  it('when someone renamed the unit first (409), then both names show beside the name field and "use theirs" fills it', async () => {
    const getRoute = { path: `/units/${UNIT_ID}`, body: unit as unknown };
    const calls = mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      getRoute,
      {
        method: 'PATCH',
        path: `/units/${UNIT_ID}`,
        status: 409,
        body: { error: { code: 'CONFLICT', message: 'Sudah diubah orang lain.', requestId: 't' } },
      },
      { path: /^\/employees/, body: { items: [], total: 0 } },
    ]);
    renderWithProviders(
      <UnitFormModal state={{ mode: 'edit', unitId: UNIT_ID }} tree={[]} onClose={() => undefined} />,
    );
    const name = await screen.findByTestId<HTMLInputElement>('unit-name-input', {}, { timeout: 10000 });
    getRoute.body = { ...unit, name: 'UPTD Puskesmas Kemuning', version: 3 };
    fireEvent.change(name, { target: { value: 'Puskesmas Kemuning Baru' } });
    fireEvent.click(screen.getByTestId('unit-save'));

    const slot = await screen.findByTestId('unit-conflict-view-slot', {}, { timeout: 10000 });
    expect(slot.getAttribute('data-field')).toBe('name');
    expect(screen.getByTestId('unit-conflict-view-mine').textContent).toContain('Puskesmas Kemuning Baru');
    expect(screen.getByTestId('unit-conflict-view-theirs').textContent).toContain('UPTD Puskesmas Kemuning');
    expect(screen.getByTestId<HTMLInputElement>('unit-name-input').value).toBe('Puskesmas Kemuning Baru');
    expect(calls.filter((c) => c.method !== 'GET')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('unit-conflict-view-use-theirs'));
    await waitFor(() =>
      expect(screen.getByTestId<HTMLInputElement>('unit-name-input').value).toBe('UPTD Puskesmas Kemuning'),
    );
    expect(screen.queryByTestId('unit-conflict-view-slot')).toBeNull();
  });
});

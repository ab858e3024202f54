import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockApi, renderWithProviders, sessionFor, sessionRoute } from '../../../test/utils';
import type { Training } from '../types';
import { TrainingForm } from './TrainingFormModal';

const training: Training = {
  id: '5b0b7a52-3f7e-4c55-9d1c-1f0f9a3c2e11',
  code: 'KMN-PP-01',
  title: 'Pelayanan Prima bagi Petugas Loket Puskesmas',
  provider: 'BKPSDM Kabupaten Kemuning',
  mode: 'classroom',
  hours: 16,
  cost: 750000,
  schedule: 'Februari 2027',
  startDate: '2027-02-15',
  endDate: '2027-02-16',
  capacity: 30,
  competences: ['berorientasi_pelayanan', 'effectiveness', 'kesehatan'],
  description: null,
  active: true,
  version: 3,
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-29T07:00:00Z',
};

function renderForm(current: Training | null, routes: Parameters<typeof mockApi>[0] = []) {
  const calls = mockApi([sessionRoute(sessionFor(['hr_admin'])), ...routes]);
  const onDone = vi.fn();
  renderWithProviders(<TrainingForm training={current} onDone={onDone} />);
  return { calls, onDone };
}

const field = (id: string) => screen.getByTestId<HTMLInputElement>(id);
const type = (id: string, value: string) => fireEvent.change(field(id), { target: { value } });

/** Types a tag and presses Enter (the tags input takes typing only while it has the focus). */
function addTag(value: string) {
  const tags = field('training-tags');
  act(() => tags.focus());
  fireEvent.change(tags, { target: { value } });
  fireEvent.keyDown(tags, { key: 'Enter' });
}

/** The error text Mantine shows for an input (linked by aria-describedby). */
function errorOf(id: string): string | null {
  const input = field(id);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  const texts = ids.map((x) => document.getElementById(x)).filter((el) => el?.className.includes('error'));
  return texts.map((el) => el!.textContent).join(' ') || null;
}

describe('TrainingForm validation', () => {
  it('when an empty form is sent, then the required fields say so and nothing is posted', async () => {
    const { calls } = renderForm(null);
    fireEvent.click(field('training-save'));
    await waitFor(() => expect(errorOf('training-title')).toBe('Wajib diisi.'));
    expect(errorOf('training-provider')).toBe('Wajib diisi.');
    expect(errorOf('training-hours')).toBe('Wajib diisi.');
    expect(errorOf('training-mode')).toBe('Wajib diisi.');
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('when the hours, cost, capacity, dates and a tag break the rules, then each field says why', async () => {
    const { calls } = renderForm(training);
    type('training-hours', '1.000,5');
    type('training-cost', '-5');
    type('training-capacity', '0');
    type('training-end', '2027-02-01');
    addTag('Gizi!');
    fireEvent.click(field('training-save'));
    await waitFor(() => expect(errorOf('training-hours')).toBe('Maksimal 1.000.'));
    expect(errorOf('training-cost')).toBe('Tidak boleh negatif.');
    expect(errorOf('training-capacity')).toBe('Minimal 1.');
    expect(errorOf('training-end')).toContain('Tanggal selesai');
    expect(errorOf('training-tags')).toContain('BerAKHLAK');
    type('training-hours', '16,25');
    fireEvent.click(field('training-save'));
    await waitFor(() => expect(errorOf('training-hours')).toBe('JP paling banyak satu angka desimal.'));
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('when the title reaches its limit, then the counter shows it', () => {
    renderForm(null);
    type('training-title', 'x'.repeat(200));
    expect(screen.getByText('200/200')).toBeTruthy();
  });

  it('when a valid edit is sent, then the normalised input goes out with the version', async () => {
    const { calls, onDone } = renderForm(training, [
      { method: 'PATCH', path: `/trainings/${training.id}`, body: { ...training, version: 4 } },
    ]);
    type('training-hours', '16,5');
    type('training-cost', '1.250.000');
    type('training-schedule', '');
    addTag('Pelayanan  Publik');
    fireEvent.click(field('training-save'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toEqual({
      code: 'KMN-PP-01',
      title: training.title,
      provider: training.provider,
      mode: 'classroom',
      hours: 16.5,
      cost: 1250000,
      capacity: 30,
      schedule: null,
      startDate: '2027-02-15',
      endDate: '2027-02-16',
      competences: ['berorientasi_pelayanan', 'effectiveness', 'kesehatan', 'pelayanan publik'],
      description: null,
      version: 3,
    });
  });

  it('when the server says the code is taken, then the message shows on the code field', async () => {
    renderForm(training, [
      {
        method: 'PATCH',
        path: `/trainings/${training.id}`,
        status: 409,
        body: {
          error: {
            code: 'CONFLICT',
            message: 'Kode program sudah digunakan.',
            details: [{ path: 'code', code: 'duplicate', message: 'Kode program sudah digunakan.' }],
            requestId: 'r',
          },
        },
      },
    ]);
    type('training-code', 'KMN-PP-02');
    fireEvent.click(field('training-save'));
    await waitFor(() => expect(errorOf('training-code')).toBe('Kode program sudah digunakan.'));
  });
});

import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { AgencyHeadCard } from './AgencyHeadCard';

const page = [{ path: '/settings/assessment', element: <AgencyHeadCard /> }];
const stored = { name: 'Bupati Kemuning', title: 'Bupati Kemuning', version: 0 };

describe('AgencyHeadCard (issue 10)', () => {
  it('when HR names the regent, then the name and title are saved with the version read', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: '/settings/agency', body: stored },
      {
        method: 'PUT',
        path: '/settings/agency',
        body: { name: 'H. Arif Wibowo, S.H.', title: 'Bupati Kemuning', version: 1 },
      },
    ]);
    renderRoutes(page, '/settings/assessment');
    const name = await screen.findByTestId<HTMLInputElement>('agency-head-name', {}, { timeout: 5000 });
    expect(name.value).toBe('Bupati Kemuning');
    fireEvent.change(name, { target: { value: 'H. Arif Wibowo, S.H.' } });
    fireEvent.click(screen.getByTestId('agency-head-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({
      name: 'H. Arif Wibowo, S.H.',
      title: 'Bupati Kemuning',
      version: 0,
    });
  });

  it('when the title is emptied, then the form refuses it and sends nothing', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: '/settings/agency', body: stored },
    ]);
    renderRoutes(page, '/settings/assessment');
    const title = await screen.findByTestId('agency-head-title', {}, { timeout: 5000 });
    fireEvent.change(title, { target: { value: ' ' } });
    fireEvent.click(screen.getByTestId('agency-head-save'));
    expect(await screen.findByText('Wajib diisi.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
  });
});

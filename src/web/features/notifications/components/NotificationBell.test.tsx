import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';

const notification = {
  id: 'n-1',
  kind: 'feedback.received',
  title: 'Umpan balik baru dari dr. Ratna Sari',
  body: 'Kekuatan: laporan imunisasi tepat waktu.',
  link: '/library',
  entityType: 'feedback',
  entityId: 'f-1',
  readAt: null,
  createdAt: '2026-03-02T03:00:00Z',
};

describe('notification bell', () => {
  it('when there are unread notifications, then the count shows and a click marks one read and opens its link', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'])),
      { path: '/notifications', body: { items: [notification], total: 1, unread: 3 } },
      { method: 'POST', path: '/notifications/n-1/read', status: 204 },
      { path: '/indicator-templates', body: { items: [], total: 0 } },
    ]);
    const { router } = renderRoutes(routes, '/');

    const count = await screen.findByTestId('notification-count', {}, { timeout: 5000 });
    await waitFor(() => expect(count.textContent).toBe('3'));
    expect(screen.getByTestId('notification-bell').getAttribute('aria-label')).toBe(
      'Notifikasi, 3 belum dibaca',
    );
    const list = calls.find((c) => c.url.startsWith('/api/v1/notifications'));
    expect(list?.url).toContain('limit=10');

    fireEvent.click(screen.getByTestId('notification-bell'));
    const item = await screen.findByTestId('notification-item');
    expect(item.textContent).toContain('Umpan balik baru dari dr. Ratna Sari');
    fireEvent.click(item);

    await waitFor(() =>
      expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/notifications/n-1/read')).toBe(true),
    );
    expect(calls.find((c) => c.url.endsWith('/n-1/read'))?.headers['x-csrf-token']).toBe('csrf-123');
    await waitFor(() => expect(router.state.location.pathname).toBe('/library'));
  });

  it('when "tandai semua dibaca" is clicked, then every notification is marked read', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'])),
      { path: '/notifications', body: { items: [notification], total: 1, unread: 1 } },
      { method: 'POST', path: '/notifications/read-all', status: 204 },
    ]);
    renderRoutes(routes, '/');
    fireEvent.click(await screen.findByTestId('notification-bell', {}, { timeout: 5000 }));
    const readAll = await screen.findByTestId<HTMLButtonElement>('notifications-read-all');
    await waitFor(() => expect(readAll.disabled).toBe(false));
    fireEvent.click(readAll);
    await waitFor(() => expect(calls.some((c) => c.url === '/api/v1/notifications/read-all')).toBe(true));
  });
});

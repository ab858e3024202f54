import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../test/utils';
import { navigationFor } from './navigation';
import { routes } from './router';

const emptyList = { items: [], total: 0 };

describe('navigation by role', () => {
  it('when an employee, then only the everyday pages are offered', () => {
    expect(
      navigationFor(['employee'], { employee: true, assessor: false, leader: false }).map((i) => i.key),
    ).toEqual([
      'home',
      'my-plan',
      'my-evaluations',
      'library',
      'objections',
      'units',
      'employees',
      'profile',
    ]);
  });

  // Issue 12: each role's menu holds only pages it can open (with the context AppLayout computes for it).
  it.each([
    {
      role: 'the regent (agency head, no employee record; assesses those without a supervisor)',
      roles: ['agency_head'] as const,
      context: { employee: false, assessor: true, leader: false },
      keys: [
        'home',
        'plan-inbox',
        'team-evaluations',
        'library',
        'monitoring',
        'follow-up-dashboard',
        'calibration',
        'org-predicates',
        'objections',
        'escalations',
        'nominations',
        'units',
        'employees',
        'profile',
      ],
    },
    {
      role: 'the auditor (no employee record)',
      roles: ['auditor'] as const,
      context: { employee: false, assessor: false, leader: false },
      keys: [
        'home',
        'library',
        'follow-up-dashboard',
        'calibration',
        'objections',
        'units',
        'employees',
        'audit',
        'profile',
      ],
    },
    {
      role: 'an administrator only (no employee record)',
      roles: ['admin'] as const,
      context: { employee: false, assessor: false, leader: false },
      keys: ['home', 'library', 'units', 'employees', 'assessment-settings', 'users', 'audit', 'profile'],
    },
    {
      role: 'a supervisor',
      roles: ['employee'] as const,
      context: { employee: true, assessor: true, leader: true, monitoring: false },
      keys: [
        'home',
        'my-plan',
        'plan-inbox',
        'team-matrix',
        'my-evaluations',
        'team-evaluations',
        'library',
        'calibration',
        'org-predicates',
        'objections',
        'units',
        'employees',
        'profile',
      ],
    },
    {
      role: 'a unit head',
      roles: ['employee'] as const,
      context: { employee: true, assessor: true, leader: true, monitoring: true },
      keys: [
        'home',
        'my-plan',
        'plan-inbox',
        'team-matrix',
        'my-evaluations',
        'team-evaluations',
        'library',
        'monitoring',
        'follow-up-dashboard',
        'calibration',
        'org-predicates',
        'objections',
        'units',
        'employees',
        'profile',
      ],
    },
  ])('when $role, then the menu is exactly its pages', ({ roles, context, keys }) => {
    expect(navigationFor(roles, context).map((i) => i.key)).toEqual(keys);
  });

  it('when the account is an employee who leads a team, then SKP Saya, approval and the matrix are offered', () => {
    const keys = navigationFor(['employee'], { employee: true, assessor: true, leader: true }).map(
      (i) => i.key,
    );
    expect(keys.slice(0, 7)).toEqual([
      'home',
      'my-plan',
      'plan-inbox',
      'team-matrix',
      'my-evaluations',
      'team-evaluations',
      'library',
    ]);
    const plain = navigationFor(['employee'], { employee: true, assessor: false, leader: false }).map(
      (i) => i.key,
    );
    expect(plain).toContain('my-plan');
    expect(plain).not.toContain('plan-inbox');
    expect(plain).not.toContain('team-matrix');
    expect(plain).toContain('my-evaluations');
    expect(plain).not.toContain('team-evaluations');
  });

  it('when admin and HR, then cycles, import, users and audit are offered too', () => {
    const keys = navigationFor(['admin', 'hr_admin']).map((i) => i.key);
    expect(keys).toEqual([
      'home',
      'library',
      'monitoring',
      'follow-up-dashboard',
      'calibration',
      'org-predicates',
      'objections',
      'escalations',
      'nominations',
      'units',
      'employees',
      'cycles',
      'trainings',
      'assessment-settings',
      'tpp-exports',
      'import',
      'users',
      'audit',
      'profile',
    ]);
    expect(navigationFor(['hr_admin']).find((i) => i.key === 'employees')?.label).toBe('nav.employeesManage');
  });

  it('when an auditor, then the audit log but not users or import', () => {
    const keys = navigationFor(['auditor']).map((i) => i.key);
    expect(keys).toContain('audit');
    expect(keys).not.toContain('users');
    expect(keys).not.toContain('import');
    expect(keys).toContain('calibration');
    expect(keys).not.toContain('org-predicates');
    expect(keys).not.toContain('assessment-settings');
  });
});

describe('route guards', () => {
  it('when an employee opens /admin/users, then "Akses ditolak" is shown and no account is listed', async () => {
    const calls = mockApi([sessionRoute(sessionFor(['employee']))]);
    renderRoutes(routes, '/admin/users');
    expect(await screen.findByTestId('forbidden-page')).toBeTruthy();
    expect(screen.getByText('Akses ditolak')).toBeTruthy();
    expect(calls.some((c) => c.url.includes('/users'))).toBe(false);
    expect(screen.queryByTestId('nav-users')).toBeNull();
  });

  it('when an employee opens an unknown /admin path, then it is refused too', async () => {
    mockApi([sessionRoute(sessionFor(['employee']))]);
    renderRoutes(routes, '/admin/anything');
    expect(await screen.findByTestId('forbidden-page')).toBeTruthy();
  });

  it('when nobody is signed in, then a page sends them to /login', async () => {
    mockApi([
      sessionRoute(null),
      {
        path: '/meta',
        body: {
          name: 'Kinerja',
          demo: false,
          demoPassword: null,
          demoAccounts: [],
          sso: { enabled: false, label: 'SSO' },
        },
      },
    ]);
    const { router } = renderRoutes(routes, '/employees');
    expect(await screen.findByTestId('login-submit')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('when an admin opens /admin/users, then the accounts page loads', async () => {
    mockApi([
      sessionRoute(sessionFor(['admin'])),
      {
        path: '/users',
        body: {
          items: [
            {
              id: 'u-2',
              username: 'perawat',
              roles: ['employee'],
              employeeId: null,
              active: true,
              version: 1,
              createdAt: '2026-11-29T01:00:00Z',
              updatedAt: '2026-11-29T01:00:00Z',
            },
          ],
          total: 1,
        },
      },
    ]);
    renderRoutes(routes, '/admin/users');
    expect((await screen.findAllByTestId('user-row', {}, { timeout: 5000 })).length).toBe(1);
    expect(screen.queryByTestId('forbidden-page')).toBeNull();
    expect(screen.getByTestId('nav-users')).toBeTruthy();
  });

  it('when a page is unknown, then the 404 page is shown inside the layout', async () => {
    mockApi([sessionRoute(sessionFor(['employee'])), { path: '/employees', body: emptyList }]);
    renderRoutes(routes, '/no-such-page');
    expect(await screen.findByTestId('not-found-page')).toBeTruthy();
    expect(screen.getByTestId('nav-home')).toBeTruthy();
  });

  it('when the language switch is used, then texts change to English and the choice is kept', async () => {
    mockApi([sessionRoute(sessionFor(['employee'])), { path: '/employees', body: emptyList }]);
    renderRoutes(routes, '/no-such-page');
    expect(await screen.findByText('Halaman tidak ditemukan')).toBeTruthy();
    fireEvent.click(screen.getByText('EN'));
    await waitFor(() => expect(screen.getByText('Page not found')).toBeTruthy());
    expect(localStorage.getItem('kinerja.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    localStorage.removeItem('kinerja.language');
  });
});

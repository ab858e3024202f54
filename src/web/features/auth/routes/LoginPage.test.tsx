import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { LoginPage } from './LoginPage';

const demoMeta = {
  name: 'Kinerja',
  demo: true,
  demoPassword: 'kemuning2026',
  demoAccounts: [
    { username: 'admin.bkpsdm', role: 'hr_admin', description: 'Admin Kepegawaian (BKPSDM)' },
    { username: 'perawat', role: 'employee', description: 'Perawat Puskesmas Kemuning (pegawai)' },
  ],
  sso: { enabled: false, label: 'SSO' },
};
const plainMeta = {
  name: 'Kinerja',
  demo: false,
  demoPassword: null,
  demoAccounts: [],
  sso: { enabled: false, label: 'SSO' },
};

const routes = [
  { path: '/login', element: <LoginPage /> },
  { path: '/', element: <p>beranda</p> },
];

describe('LoginPage', () => {
  it('when the installation is a demo, then it lists the demo accounts and a click fills the form', async () => {
    mockApi([sessionRoute(null), { path: '/meta', body: demoMeta }]);
    renderRoutes(routes, '/login');

    expect(await screen.findByTestId('demo-accounts')).toBeTruthy();
    expect(screen.getByTestId('demo-password').textContent).toBe('kemuning2026');
    expect(screen.getByText('Perawat Puskesmas Kemuning (pegawai)')).toBeTruthy();

    fireEvent.click(screen.getByTestId('demo-account-perawat'));
    expect(screen.getByTestId<HTMLInputElement>('login-username').value).toBe('perawat');
    expect(screen.getByTestId<HTMLInputElement>('login-password').value).toBe('kemuning2026');
  });

  it('when the installation is not a demo, then no demo account is shown', async () => {
    const calls = mockApi([sessionRoute(null), { path: '/meta', body: plainMeta }]);
    renderRoutes(routes, '/login');
    expect(await screen.findByTestId('login-submit')).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/meta'))).toBe(true));
    // let the /meta answer render
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('demo-accounts')).toBeNull();
  });

  it('when the credentials are right, then it signs in and goes to Beranda', async () => {
    const calls = mockApi([
      sessionRoute(null),
      { path: '/meta', body: demoMeta },
      { method: 'POST', path: '/auth/login', body: sessionFor(['employee']) },
    ]);
    renderRoutes(routes, '/login');
    fireEvent.change(await screen.findByTestId('login-username'), { target: { value: 'perawat' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'kemuning2026' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    expect(await screen.findByText('beranda')).toBeTruthy();
    const login = calls.find((c) => c.method === 'POST');
    expect(login?.body).toEqual({ username: 'perawat', password: 'kemuning2026' });
    expect(login?.headers['accept-language']).toBe('id');
  });

  it('when the credentials are wrong, then the server message is shown', async () => {
    mockApi([
      sessionRoute(null),
      { path: '/meta', body: demoMeta },
      {
        method: 'POST',
        path: '/auth/login',
        status: 401,
        body: {
          error: {
            code: 'UNAUTHENTICATED',
            message: 'Nama pengguna atau kata sandi salah.',
            details: null,
            requestId: 'r',
          },
        },
      },
    ]);
    renderRoutes(routes, '/login');
    fireEvent.change(await screen.findByTestId('login-username'), { target: { value: 'perawat' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'salah' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    expect((await screen.findByTestId('login-error')).textContent).toBe(
      'Nama pengguna atau kata sandi salah.',
    );
  });

  it('when fields are empty, then it does not call the server and says they are required', async () => {
    const calls = mockApi([sessionRoute(null), { path: '/meta', body: demoMeta }]);
    renderRoutes(routes, '/login');
    fireEvent.click(await screen.findByTestId('login-submit'));
    expect((await screen.findAllByText('Wajib diisi.')).length).toBe(2);
    expect(calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('when single sign-on is on, then a button leads to the provider, keeping where to go afterwards', async () => {
    mockApi([
      sessionRoute(null),
      { path: '/meta', body: { ...plainMeta, sso: { enabled: true, label: 'SSO Pemda' } } },
    ]);
    renderRoutes(routes, '/login');
    const button = await screen.findByTestId('login-sso');
    expect(button.textContent).toBe('Masuk dengan SSO Pemda');
    expect(button.getAttribute('href')).toBe('/api/v1/auth/oidc/login?next=%2F');
  });

  it('when single sign-on is off, then no SSO button is shown', async () => {
    const calls = mockApi([sessionRoute(null), { path: '/meta', body: plainMeta }]);
    renderRoutes(routes, '/login');
    expect(await screen.findByTestId('login-submit')).toBeTruthy();
    await waitFor(() => expect(calls.some((c) => c.url.endsWith('/meta'))).toBe(true));
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.queryByTestId('login-sso')).toBeNull();
  });

  it.each([
    ['unlinked', 'Identitas SSO Anda belum tertaut ke akun Kinerja.'],
    ['failed', 'Masuk dengan SSO gagal atau dibatalkan.'],
    ['inactive', 'Akun Kinerja Anda dinonaktifkan.'],
    ['mismatch', 'Identitas SSO ini berbeda'],
    ['something-else', 'Masuk dengan SSO gagal atau dibatalkan.'],
  ])('when the provider sent the user back with sso=%s, then the page explains it', async (code, text) => {
    mockApi([sessionRoute(null), { path: '/meta', body: plainMeta }]);
    renderRoutes(routes, `/login?sso=${code}`);
    expect((await screen.findByTestId('sso-error')).textContent).toContain(text);
  });

  it('when the account has a second factor, then a code step follows and the right code signs in', async () => {
    const calls = mockApi([
      sessionRoute(null),
      { path: '/meta', body: demoMeta },
      { method: 'POST', path: '/auth/login', body: { mfaRequired: true, mfaToken: 'tok-1' } },
      { method: 'POST', path: '/auth/login/totp', body: sessionFor(['hr_admin']) },
    ]);
    renderRoutes(routes, '/login');
    fireEvent.change(await screen.findByTestId('login-username'), { target: { value: 'admin.bkpsdm' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'kemuning2026' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    const code = await screen.findByTestId<HTMLInputElement>('mfa-code');
    expect(screen.getByText('Kode verifikasi', { selector: 'p' })).toBeTruthy();
    expect(code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(code.getAttribute('inputmode')).toBe('numeric');
    // a malformed code is caught before the server
    fireEvent.change(code, { target: { value: '12' } });
    fireEvent.click(screen.getByTestId('mfa-submit'));
    expect((await screen.findByTestId('mfa-error')).textContent).toMatch(/6 digit/);
    fireEvent.change(code, { target: { value: '123456' } });
    fireEvent.click(screen.getByTestId('mfa-submit'));
    expect(await screen.findByText('beranda')).toBeTruthy();
    const step = calls.find((c) => c.url.endsWith('/auth/login/totp'));
    expect(step?.body).toEqual({ mfaToken: 'tok-1', code: '123456' });
  });

  it('when the user picks a recovery code, then the field takes text and sends it', async () => {
    const calls = mockApi([
      sessionRoute(null),
      { path: '/meta', body: demoMeta },
      { method: 'POST', path: '/auth/login', body: { mfaRequired: true, mfaToken: 'tok-2' } },
      { method: 'POST', path: '/auth/login/totp', body: sessionFor(['hr_admin']) },
    ]);
    renderRoutes(routes, '/login');
    fireEvent.change(await screen.findByTestId('login-username'), { target: { value: 'admin.bkpsdm' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'kemuning2026' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    fireEvent.click(await screen.findByText('Gunakan kode pemulihan'));
    const code = screen.getByTestId<HTMLInputElement>('mfa-code');
    expect(code.getAttribute('inputmode')).toBe('text');
    fireEvent.change(code, { target: { value: 'abcde-fghjk' } });
    fireEvent.click(screen.getByTestId('mfa-submit'));
    expect(await screen.findByText('beranda')).toBeTruthy();
    expect(calls.find((c) => c.url.endsWith('/auth/login/totp'))?.body).toEqual({
      mfaToken: 'tok-2',
      code: 'abcde-fghjk',
    });
  });
});

import { describe, expect, it, vi } from 'vitest';
import { mockApi } from '../test/utils';
import {
  api,
  ApiError,
  NetworkError,
  setCsrfToken,
  setLanguageSource,
  setUnauthorizedHandler,
  toFieldErrors,
} from './api-client';

const validationEnvelope = {
  error: {
    code: 'VALIDATION_FAILED',
    message: 'Data yang dikirim tidak valid.',
    requestId: 'req-1',
    details: [
      {
        path: 'nip',
        code: 'nip.birthDate',
        part: 'birthDate',
        message: 'Bagian tanggal lahir NIP tidak valid.',
      },
      { path: 'nip', code: 'nip.sex', part: 'sex', message: 'Kode jenis kelamin salah.' },
      { path: 'email', code: 'invalid_format', message: 'Email tidak valid.' },
    ],
  },
};

describe('api client', () => {
  it('when the server answers VALIDATION_FAILED, then the error carries field errors by path', async () => {
    mockApi([{ method: 'POST', path: '/employees', status: 400, body: validationEnvelope }]);
    const error = await api.post('/employees', { nip: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.code).toBe('VALIDATION_FAILED');
    expect(apiError.status).toBe(400);
    expect(apiError.message).toBe('Data yang dikirim tidak valid.');
    expect(apiError.requestId).toBe('req-1');
    expect(toFieldErrors(apiError.issues)).toEqual({
      nip: 'Bagian tanggal lahir NIP tidak valid. Kode jenis kelamin salah.',
      email: 'Email tidak valid.',
    });
  });

  it('when details are not field issues, then there are no field errors', async () => {
    mockApi([
      {
        method: 'POST',
        path: '/imports/units',
        status: 400,
        body: {
          error: { code: 'VALIDATION_FAILED', message: 'x', requestId: 'r', details: { total: 1, rows: [] } },
        },
      },
    ]);
    const error = (await api.post('/imports/units', {}).catch((e: unknown) => e)) as ApiError;
    expect(error.issues).toEqual([]);
    expect(error.details).toEqual({ total: 1, rows: [] });
  });

  it('when writing, then it sends the CSRF token, the UI language and same-origin credentials', async () => {
    const calls = mockApi([
      { method: 'PATCH', path: '/units/1', body: { ok: true } },
      { path: '/units/1', body: { ok: true } },
    ]);
    setCsrfToken('tok-9');
    setLanguageSource(() => 'en');
    await api.patch('/units/1', { name: 'A' });
    await api.get('/units/1');
    expect(calls[0]?.headers['x-csrf-token']).toBe('tok-9');
    expect(calls[0]?.headers['accept-language']).toBe('en');
    expect(calls[0]?.body).toEqual({ name: 'A' });
    // reads carry no CSRF header
    expect(calls[1]?.headers['x-csrf-token']).toBeUndefined();
    const fetchMock = vi.mocked(fetch);
    expect(fetchMock.mock.calls[0]?.[1]?.credentials).toBe('same-origin');
    setLanguageSource(() => 'id');
  });

  it('when a call answers 401, then the unauthorised handler runs', async () => {
    mockApi([
      {
        path: '/employees',
        status: 401,
        body: {
          error: { code: 'UNAUTHENTICATED', message: 'Sesi berakhir.', details: null, requestId: 'r' },
        },
      },
    ]);
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    await expect(api.get('/employees')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it('when the query has empty values, then they are left out of the URL', async () => {
    const calls = mockApi([{ path: '/employees', body: { items: [], total: 0 } }]);
    await api.get('/employees', { q: '', unitId: undefined, limit: 25, offset: 0, subunits: 'true' });
    expect(calls[0]?.url).toBe('/api/v1/employees?limit=25&offset=0&subunits=true');
  });

  it('when the network fails, then a NetworkError is thrown', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(api.get('/meta')).rejects.toBeInstanceOf(NetworkError);
  });

  it('when a response has no envelope, then the status picks the code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn().mockResolvedValue(new Response('<html>', { status: 409, statusText: 'Conflict' })),
    );
    await expect(api.get('/x')).rejects.toMatchObject({ code: 'CONFLICT', status: 409 });
  });
});

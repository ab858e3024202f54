import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  adminClient,
  countRows,
  createEmployee,
  createUnit,
  expectError,
  multipart,
  PASSWORD,
  pnsNip,
} from '../../../../test/factories.js';

/**
 * "Bad bodies answer 400 with field details and never 500": every write endpoint gets the same families of
 * malformed payloads — wrong shapes, wrong types per field, extra-long strings, NUL characters, non-JSON.
 */
let t: TestApp;
let hr: Client;
let ids: { unit: string; employee: string; user: string; acting: string; token: string };

type Kind = 'string' | 'uuid' | 'enum' | 'int' | 'bool' | 'array' | 'date';
interface Endpoint {
  name: string;
  method: 'POST' | 'PATCH';
  url: () => string;
  /** each field and its type; `required` fields make `{}` invalid */
  fields: Record<string, Kind>;
  required: boolean;
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'POST /auth/login',
    method: 'POST',
    url: () => '/auth/login',
    required: true,
    fields: { username: 'string', password: 'string' },
  },
  {
    name: 'POST /auth/password',
    method: 'POST',
    url: () => '/auth/password',
    required: true,
    fields: { currentPassword: 'string', newPassword: 'string' },
  },
  {
    name: 'POST /auth/tokens',
    method: 'POST',
    url: () => '/auth/tokens',
    required: true,
    fields: { name: 'string' },
  },
  {
    name: 'POST /users',
    method: 'POST',
    url: () => '/users',
    required: true,
    fields: { username: 'string', password: 'string', roles: 'array', employeeId: 'uuid' },
  },
  {
    name: 'PATCH /users/:id',
    method: 'PATCH',
    url: () => `/users/${ids.user}`,
    required: false,
    fields: { roles: 'array', active: 'bool', employeeId: 'uuid', version: 'int' },
  },
  {
    name: 'POST /users/:id/reset-password',
    method: 'POST',
    url: () => `/users/${ids.user}/reset-password`,
    required: true,
    fields: { password: 'string' },
  },
  {
    name: 'POST /units',
    method: 'POST',
    url: () => '/units',
    required: true,
    fields: { name: 'string', code: 'string', parentId: 'uuid', headId: 'uuid' },
  },
  {
    name: 'PATCH /units/:id',
    method: 'PATCH',
    url: () => `/units/${ids.unit}`,
    required: false,
    fields: { name: 'string', code: 'string', parentId: 'uuid', headId: 'uuid', version: 'int' },
  },
  {
    name: 'POST /units/:id/acting-officials',
    method: 'POST',
    url: () => `/units/${ids.unit}/acting-officials`,
    required: true,
    fields: { employeeId: 'uuid', kind: 'enum', startDate: 'date', endDate: 'date', note: 'string' },
  },
  {
    name: 'POST /employees',
    method: 'POST',
    url: () => '/employees',
    required: true,
    fields: {
      nip: 'string',
      name: 'string',
      asnType: 'enum',
      rank: 'string',
      positionTitle: 'string',
      positionType: 'enum',
      functionalLevel: 'enum',
      unitId: 'uuid',
      supervisorId: 'uuid',
      email: 'string',
    },
  },
  {
    name: 'PATCH /employees/:id',
    method: 'PATCH',
    url: () => `/employees/${ids.employee}`,
    required: false,
    fields: {
      nip: 'string',
      name: 'string',
      asnType: 'enum',
      rank: 'string',
      positionTitle: 'string',
      positionType: 'enum',
      functionalLevel: 'enum',
      unitId: 'uuid',
      supervisorId: 'uuid',
      email: 'string',
      active: 'bool',
      version: 'int',
    },
  },
];

const LONG = 'x'.repeat(20_000);
/** A value of the wrong type for each kind of field. */
const WRONG: Record<Kind, unknown[]> = {
  string: [12345, true, ['a'], { a: 1 }],
  uuid: [12345, 'not-a-uuid', '00000000-0000-4000-8000-00000000000Z', ['a']],
  enum: [12345, 'no-such-value', ['a']],
  int: ['1', 1.5, 0, -1, true, 1e300],
  bool: ['true', 1, null],
  array: ['admin', 1, { 0: 'admin' }, ['not-a-role']],
  date: [20260101, '2026-02-30', '01-01-2026', '2026-1-1', LONG],
};

function send(ep: Endpoint, payload: unknown, headers: Record<string, string> = {}) {
  return hr.request(ep.method, ep.url(), payload, headers);
}

/** 400 VALIDATION_FAILED with details naming `field` (or the body); never a 500. */
function expectFieldError(res: LightMyRequestResponse, field?: string) {
  expect(res.statusCode, res.body).not.toBe(500);
  const err = expectError(res, 400, 'VALIDATION_FAILED');
  const details = err.details as Array<{ path: string; message: string }>;
  expect(Array.isArray(details) && details.length > 0, res.body).toBe(true);
  for (const d of details) expect(d.message.length).toBeGreaterThan(0);
  if (field)
    expect(
      details.map((d) => d.path.split('.')[0]),
      res.body,
    ).toContain(field);
}

beforeAll(async () => {
  t = await createTestApp();
  hr = await adminClient(t.app, t.database);
  const unit = await createUnit(hr);
  const employee = await createEmployee(hr, unit.id);
  const user = await hr.post('/users', { username: 'target.user', password: PASSWORD, roles: ['employee'] });
  const acting = await hr.post(`/units/${unit.id}/acting-officials`, {
    employeeId: employee.id,
    kind: 'plt',
    startDate: '2026-01-01',
    endDate: '2026-01-31',
  });
  const token = await hr.post('/auth/tokens', { name: 'bad-bodies' });
  ids = {
    unit: unit.id,
    employee: employee.id,
    user: user.json<{ id: string }>().id,
    acting: acting.json<{ id: string }>().id,
    token: token.json<{ id: string }>().id,
  };
});
afterAll(async () => t.close());

describe.each(ENDPOINTS)('$name', (ep) => {
  it('when the body is a JSON array, a string, a number or null, then it answers 400', async () => {
    for (const payload of ['[]', '"text"', '42', 'null', '[{"name":"x"}]']) {
      expectFieldError(await send(ep, payload, { 'content-type': 'application/json' }));
    }
  });

  it('when the body is not JSON at all, then it answers 400 naming the body', async () => {
    for (const payload of ['{"name": ', "{'name': 'x'}", '{"name":"x"}}', '\u0000']) {
      expectFieldError(await send(ep, payload, { 'content-type': 'application/json' }), 'body');
    }
  });

  it('when the body carries __proto__, then it answers 400 (no prototype pollution, no 500)', async () => {
    expectFieldError(
      await send(ep, '{"__proto__": {"admin": true}}', { 'content-type': 'application/json' }),
    );
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });

  if (ep.required) {
    it('when the body is an empty object, then it answers 400 listing the required fields', async () => {
      expectFieldError(await send(ep, {}));
    });
  }

  for (const [field, kind] of Object.entries(ep.fields)) {
    it(`when ${field} has the wrong type, then it answers 400 naming ${field}`, async () => {
      for (const value of WRONG[kind]) expectFieldError(await send(ep, { [field]: value }), field);
    });

    if (kind === 'string' || kind === 'enum' || kind === 'uuid') {
      it(`when ${field} is 20,000 characters long, then it answers 400 naming ${field}`, async () => {
        expectFieldError(await send(ep, { [field]: LONG }), field);
      });

      it(`when ${field} contains a NUL character, then it answers 400 naming ${field}`, async () => {
        expectFieldError(await send(ep, { [field]: 'ab\u0000cd' }), field);
      });
    }
  }
});

describe('bad input elsewhere', () => {
  it('when ids in the path are not UUIDs, then every endpoint answers 400 naming the parameter', async () => {
    const calls: Array<[string, string, unknown?]> = [
      ['GET', '/units/abc'],
      ['PATCH', '/units/abc', { name: 'Nama Unit' }],
      ['GET', '/units/abc/acting-officials'],
      ['POST', '/units/abc/acting-officials', {}],
      ['DELETE', `/units/${'1'.repeat(36)}/acting-officials/xyz`],
      ['GET', '/employees/abc'],
      ['PATCH', '/employees/abc', {}],
      ['GET', '/users/abc'],
      ['PATCH', '/users/abc', {}],
      ['POST', '/users/abc/reset-password', { password: 'whatever-123' }],
      ['DELETE', '/auth/tokens/abc'],
    ];
    for (const [method, url, body] of calls) {
      const res = await hr.request(method as 'GET', url, body);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(400);
      expectFieldError(res);
    }
  });

  it('when query strings carry NUL characters or junk, then they answer 400, never 500', async () => {
    for (const url of [
      '/employees?q=%00',
      '/employees?q=ab%00cd',
      '/users?q=%00',
      '/audit?entityId=%00',
      '/audit?entityType=a%00',
      '/employees?limit=1e3',
      '/employees?offset=abc',
      '/units?limit=-1',
      '/audit?limit=9999999999999999999999',
    ]) {
      const res = await hr.get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
    }
  });

  it('when an import has a bad query flag, no file or a wrong content type, then it answers 4xx, never 500', async () => {
    const file = multipart({ filename: 'u.csv', content: 'kode,nama\nQ1,Unit Q\n' });
    const badFlag = await hr.request('POST', '/imports/units?dryRun=maybe', file.payload, file.headers);
    expectFieldError(badFlag, 'dryRun');
    const json = await hr.request('POST', '/imports/employees', { file: 'x' });
    expectError(json, 415, 'UNSUPPORTED_MEDIA_TYPE');
    const broken = await hr.request('POST', '/imports/units', Buffer.from('--nope\r\n\r\n'), {
      'content-type': 'multipart/form-data; boundary=nope',
    });
    expect([400, 415], broken.body).toContain(broken.statusCode);
    const noBoundary = await hr.request('POST', '/imports/units', Buffer.from('x'), {
      'content-type': 'multipart/form-data',
    });
    expect([400, 415], noBoundary.body).toContain(noBoundary.statusCode);
  });

  it('when an employee is created with a NUL in the name, then nothing reaches the database', async () => {
    const before = await countRows(t.database, 'employees');
    const res = await hr.post('/employees', {
      nip: pnsNip(),
      name: 'Nama\u0000Palsu',
      asnType: 'PNS',
      rank: 'III/a',
      positionTitle: 'Analis',
      positionType: 'pelaksana',
      unitId: ids.unit,
    });
    expectFieldError(res, 'name');
    expect(await countRows(t.database, 'employees')).toBe(before);
  });

  it('when a login username carries a NUL character, then it answers 400, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin\u0000', password: PASSWORD },
    });
    expectFieldError(res, 'username');
  });

  it('when acting dates are out of the database range, then it answers 400, not 500', async () => {
    for (const date of ['0000-01-01', '99999-01-01']) {
      const res = await hr.post(`/units/${ids.unit}/acting-officials`, {
        employeeId: ids.employee,
        kind: 'plt',
        startDate: date,
        endDate: date,
      });
      expect(res.statusCode, `${date}: ${res.body}`).toBe(400);
    }
  });
});

describe('the app itself', () => {
  it('when health is asked without signing in, then it answers 200 ok once the database is migrated', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('when the OpenAPI description is asked, then it documents the fixed endpoints', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ openapi: string; paths: Record<string, Record<string, unknown>> }>();
    expect(doc.openapi).toMatch(/^3\./);
    for (const [path, method] of [
      ['/api/v1/auth/login', 'post'],
      ['/api/v1/auth/tokens', 'post'],
      ['/api/v1/users', 'post'],
      ['/api/v1/units', 'post'],
      ['/api/v1/units/{id}', 'patch'],
      ['/api/v1/employees', 'get'],
      ['/api/v1/employees/{id}', 'patch'],
      ['/api/v1/audit', 'get'],
    ] as const) {
      expect(doc.paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
  });

  it('when an unknown API path is called, then it answers the 404 envelope with the request id', async () => {
    const res = await hr.get('/no-such-thing');
    const err = expectError(res, 404, 'NOT_FOUND');
    expect(err.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when any API answer is sent, then security headers are set', async () => {
    const res = await hr.get('/units');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(String(res.headers['content-security-policy'])).toContain("frame-ancestors 'none'");
  });
});

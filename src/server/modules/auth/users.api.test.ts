import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, login, type TestApp } from '../../../../test/helpers.js';
import {
  accountFor,
  bearerClient,
  createEmployee,
  createUnit,
  expectError,
  failingPaths,
  PASSWORD,
} from '../../../../test/factories.js';
import { authTestApp, EN, newUser, rawLogin, rootClient, uniq } from '../../../../test/auth-fixtures.js';

/** User administration by the admin, and its malformed bodies. Every test makes its own users. */
let t: TestApp;

beforeAll(async () => {
  t = await authTestApp();
});
afterAll(async () => t.close());

describe('user administration', () => {
  it('when an admin creates a user, then it answers 201 without the password and the user can sign in', async () => {
    const root = await rootClient(t);
    const username = uniq('Siti.');
    const res = await root.post('/users', {
      username,
      password: PASSWORD,
      roles: ['hr_admin', 'hr_admin', 'auditor'],
    });
    expect(res.statusCode).toBe(201);
    const user = res.json<Record<string, unknown>>();
    expect(user).toMatchObject({
      username,
      roles: ['hr_admin', 'auditor'],
      employeeId: null,
      active: true,
      version: 1,
    });
    expect(typeof user.id).toBe('string');
    expect(res.body).not.toContain(PASSWORD);
    expect(res.body).not.toMatch(/argon2|passwordHash/);
    expect((await root.get(`/users/${String(user.id)}`)).json()).toEqual(user);
    await login(t.app, username, PASSWORD);
  });

  it('when an admin links an account to an employee, then /auth/me shows the employee id', async () => {
    const root = await rootClient(t);
    const unit = await createUnit(root);
    const emp = await createEmployee(root, unit.id);
    const client = await accountFor(t.app, root, ['employee'], emp.id);
    expect((await client.get('/auth/me')).json<{ user: { employeeId: string } }>().user.employeeId).toBe(
      emp.id,
    );
    // The same employee cannot get a second account.
    const dup = await root.post('/users', {
      username: uniq('dup'),
      password: PASSWORD,
      roles: ['employee'],
      employeeId: emp.id,
    });
    expectError(dup, 409, 'CONFLICT');
    // An employee that does not exist is a 400 on employeeId.
    const missing = await root.post('/users', {
      username: uniq('nobody'),
      password: PASSWORD,
      roles: ['employee'],
      employeeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(failingPaths(missing)).toEqual(['employeeId']);
  });

  it('when the username is taken (in any letter case), then it answers 409 CONFLICT', async () => {
    const root = await rootClient(t);
    const { username } = await newUser(t);
    expectError(
      await root.post('/users', { username, password: PASSWORD, roles: ['employee'] }),
      409,
      'CONFLICT',
    );
    const upper = await root.post(
      '/users',
      { username: username.toUpperCase(), password: PASSWORD, roles: ['employee'] },
      EN,
    );
    expect(expectError(upper, 409, 'CONFLICT').message).toBe('This username is taken.');
  });

  it('when the same username is created three times at once, then one gets 201 and the others 409 (never 500)', async () => {
    const root = await rootClient(t);
    const username = uniq('race.');
    const results = await Promise.all(
      [1, 2, 3].map(() => root.post('/users', { username, password: PASSWORD, roles: ['employee'] })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
  });

  it('when two accounts are linked to one employee at once, then only one link succeeds', async () => {
    const root = await rootClient(t);
    const emp = await createEmployee(root, (await createUnit(root)).id);
    const created = await Promise.all(
      [1, 2].map(() =>
        root.post('/users', {
          username: uniq('link.'),
          password: PASSWORD,
          roles: ['employee'],
          employeeId: emp.id,
        }),
      ),
    );
    expect(created.map((r) => r.statusCode).sort()).toEqual([201, 409]);

    const other = await createEmployee(root, (await createUnit(root)).id);
    const a = await newUser(t);
    const b = await newUser(t);
    const linked = await Promise.all(
      [a, b].map((u) => root.patch(`/users/${u.id}`, { employeeId: other.id })),
    );
    expect(linked.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('when an admin lists users, then paging and search work and no password hash is exposed', async () => {
    const root = await rootClient(t);
    const prefix = uniq('lst');
    for (const s of ['a', 'b', 'c']) {
      expect(
        (await root.post('/users', { username: `${prefix}${s}`, password: PASSWORD, roles: ['employee'] }))
          .statusCode,
      ).toBe(201);
    }
    const page = await root.get(`/users?q=${prefix}&limit=2`);
    expect(page.statusCode).toBe(200);
    const body = page.json<{ items: Array<{ username: string }>; total: number }>();
    expect(body.total).toBe(3);
    expect(body.items.map((u) => u.username)).toEqual([`${prefix}a`, `${prefix}b`]);
    const rest = (await root.get(`/users?q=${prefix}&limit=2&offset=2`)).json<{
      items: Array<{ username: string }>;
    }>();
    expect(rest.items.map((u) => u.username)).toEqual([`${prefix}c`]);
    expect(page.body).not.toMatch(/argon2|passwordHash/);
  });

  it('when an admin resets a password, then the old password and sessions and tokens stop working', async () => {
    const root = await rootClient(t);
    const { id, username, client } = await newUser(t);
    const { token } = (await client.post('/auth/tokens', { name: 't' })).json<{ token: string }>();
    const res = await root.post(`/users/${id}/reset-password`, { password: 'reset-by-admin' });
    expect(res.statusCode).toBe(204);
    expectError(await client.get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await bearerClient(t.app, token).get('/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await rawLogin(t, { username, password: PASSWORD }, {}, '10.6.0.1'), 401, 'UNAUTHENTICATED');
    expect((await rawLogin(t, { username, password: 'reset-by-admin' }, {}, '10.6.0.1')).statusCode).toBe(
      200,
    );
  });

  it('when an admin changes roles with a stale version, then it answers 409; with the current one, 200', async () => {
    const root = await rootClient(t);
    const { id } = await newUser(t);
    const first = await root.patch(`/users/${id}`, { roles: ['auditor'], version: 1 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ roles: ['auditor'], version: 2 });
    expectError(await root.patch(`/users/${id}`, { roles: ['employee'], version: 1 }), 409, 'CONFLICT');
    expect((await root.get(`/users/${id}`)).json<{ roles: string[] }>().roles).toEqual(['auditor']);
  });

  it('when an admin tries to deactivate or demote themselves, then it is refused', async () => {
    const root = await rootClient(t);
    const me = root.user!.id;
    expect((await root.patch(`/users/${me}`, { active: false })).statusCode).toBe(409);
    expect((await root.patch(`/users/${me}`, { roles: ['hr_admin'] })).statusCode).toBe(409);
    expect((await root.get('/auth/me')).json<{ user: { roles: string[] } }>().user.roles).toEqual([
      'admin',
      'hr_admin',
    ]);
  });

  it('when a user id is unknown, then get, patch and reset answer 404; a malformed id answers 400', async () => {
    const root = await rootClient(t);
    const ghost = '00000000-0000-4000-8000-000000000000';
    expectError(await root.get(`/users/${ghost}`), 404, 'NOT_FOUND');
    expectError(await root.patch(`/users/${ghost}`, { active: true }), 404, 'NOT_FOUND');
    expectError(
      await root.post(`/users/${ghost}/reset-password`, { password: 'whatever-123' }),
      404,
      'NOT_FOUND',
    );
    expect(failingPaths(await root.get('/users/not-a-uuid'))).toEqual(['id']);
  });

  it.each([['hr_admin'], ['agency_head'], ['auditor'], ['employee']])(
    'when a %s (not admin) calls the user endpoints, then each answers 403',
    async (role) => {
      const root = await rootClient(t);
      const { id } = await newUser(t);
      const { client } = await newUser(t, [role]);
      expectError(await client.get('/users'), 403, 'FORBIDDEN');
      expectError(await client.get(`/users/${id}`), 403, 'FORBIDDEN');
      expectError(
        await client.post('/users', { username: uniq('x'), password: PASSWORD, roles: ['admin'] }),
        403,
        'FORBIDDEN',
      );
      expectError(await client.patch(`/users/${id}`, { roles: ['admin'] }), 403, 'FORBIDDEN');
      expectError(
        await client.post(`/users/${id}/reset-password`, { password: 'hijacked-123' }),
        403,
        'FORBIDDEN',
      );
      expect((await root.get(`/users/${id}`)).json<{ roles: string[] }>().roles).toEqual(['employee']);
    },
  );

  it('when anonymous calls the user endpoints, then each answers 401', async () => {
    const anon = anonymous(t.app);
    expectError(await anon.get('/users'), 401, 'UNAUTHENTICATED');
    expectError(
      await anon.post('/users', { username: 'x', password: 'y', roles: [] }),
      401,
      'UNAUTHENTICATED',
    );
  });
});

describe('bad account bodies answer 400 with field details, never 500', () => {
  const longString = 'x'.repeat(10_000);

  it.each([
    ['missing fields', {}, ['username', 'password', 'roles']],
    ['wrong types', { username: 5, password: 5, roles: 'admin' }, ['username', 'password', 'roles']],
    ['an unknown role', { username: 'valid.name', password: PASSWORD, roles: ['superuser'] }, ['roles.0']],
    ['no roles', { username: 'valid.name', password: PASSWORD, roles: [] }, ['roles']],
    [
      'a username with spaces',
      { username: 'two words', password: PASSWORD, roles: ['employee'] },
      ['username'],
    ],
    [
      'an extra-long username',
      { username: longString, password: PASSWORD, roles: ['employee'] },
      ['username'],
    ],
    ['a short password', { username: 'valid.name', password: 'short', roles: ['employee'] }, ['password']],
    [
      'a malformed employeeId',
      { username: 'valid.name', password: PASSWORD, roles: ['employee'], employeeId: 'x' },
      ['employeeId'],
    ],
  ])('when POST /users has %s, then it answers 400 naming the fields', async (_, body, paths) => {
    expect(failingPaths(await (await rootClient(t)).post('/users', body))).toEqual(paths);
  });

  it.each([
    ['wrong types', { roles: 'admin', active: 'yes', version: '1' }, ['roles', 'active', 'version']],
    ['an unknown role', { roles: ['root'] }, ['roles.0']],
    ['a zero version', { version: 0 }, ['version']],
  ])('when PATCH /users/:id has %s, then it answers 400 naming the fields', async (_, body, paths) => {
    const root = await rootClient(t);
    const { id } = await newUser(t);
    expect(failingPaths(await root.patch(`/users/${id}`, body))).toEqual(paths);
  });

  it('when a reset-password body is malformed, then it answers 400 naming the password', async () => {
    const root = await rootClient(t);
    const { id } = await newUser(t);
    expect(failingPaths(await root.post(`/users/${id}/reset-password`, {}))).toEqual(['password']);
    expect(failingPaths(await root.post(`/users/${id}/reset-password`, { password: 12345678 }))).toEqual([
      'password',
    ]);
  });
});

import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import type { Role } from '../src/domain/permissions.js';
import { hashPassword } from '../src/server/platform/security.js';
import { users } from '../src/server/platform/db/schema.js';
import type { Database } from '../src/server/platform/db/client.js';
import { Client, login } from './helpers.js';

export const PASSWORD = 'rahasia-123';

let counter = 0;
/** A valid, unique PNS NIP: a birth date in 1975–1995, TMT 2005-01, male, serial from a counter. */
export function pnsNip(n = ++counter): string {
  const birth = new Date(Date.UTC(1975, 0, 1) + (n % 7000) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
  return `${ymd}200501${n % 2 ? 1 : 2}${String((Math.floor(n / 7000) % 999) + 1).padStart(3, '0')}`;
}

/** A valid, unique PPPK NIP. */
export function pppkNip(n = ++counter): string {
  const birth = new Date(Date.UTC(1985, 0, 1) + (n % 5000) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replace(/-/g, '');
  return `${ymd}202221${n % 2 ? 1 : 2}${String((Math.floor(n / 5000) % 999) + 1).padStart(3, '0')}`;
}

const hashes = new Map<string, Promise<string>>();
/**
 * One argon2 hash per password for the whole test file: hashing is slow on purpose, and a salted hash verifies the
 * same for every account that shares it.
 */
function hashOf(password: string) {
  let h = hashes.get(password);
  if (!h) hashes.set(password, (h = hashPassword(password)));
  return h;
}

/** Inserts an account straight into the database (the first admin has nobody to create it). */
export async function insertUser(
  database: Database,
  username: string,
  roles: Role[],
  employeeId: string | null = null,
  password = PASSWORD,
) {
  const [row] = await database.db
    .insert(users)
    .values({ username, roles, employeeId, passwordHash: await hashOf(password) })
    .returning();
  return row!;
}

export async function adminClient(
  app: FastifyInstance,
  database: Database,
  username = 'admin',
): Promise<Client> {
  await insertUser(database, username, ['admin', 'hr_admin']);
  return login(app, username, PASSWORD);
}

export interface UnitBody {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  headId: string | null;
  version: number;
}

export async function createUnit(
  hr: Client,
  over: Partial<{ name: string; code: string; parentId: string; headId: string }> = {},
) {
  const n = ++counter;
  const res = await hr.post('/units', { name: `Unit ${n}`, code: `U${n}`, ...over });
  if (res.statusCode !== 201) throw new Error(`createUnit: ${res.statusCode} ${res.body}`);
  return res.json<UnitBody>();
}

export interface EmployeeBody {
  id: string;
  nip: string;
  name: string;
  unitId: string;
  supervisorId: string | null;
  version: number;
}

export async function createEmployee(hr: Client, unitId: string, over: Record<string, unknown> = {}) {
  const n = ++counter;
  const res = await hr.post('/employees', {
    nip: pnsNip(n),
    name: `Pegawai ${n}`,
    asnType: 'PNS',
    rank: 'III/a',
    positionTitle: 'Analis',
    positionType: 'pelaksana',
    unitId,
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`createEmployee: ${res.statusCode} ${res.body}`);
  return res.json<EmployeeBody>();
}

/** Creates an account through the API (as admin) and signs it in. */
export async function accountFor(
  app: FastifyInstance,
  admin: Client,
  roles: string[],
  employeeId?: string,
): Promise<Client> {
  const username = `user${++counter}`;
  const res = await admin.post('/users', { username, password: PASSWORD, roles, employeeId });
  if (res.statusCode !== 201) throw new Error(`accountFor: ${res.statusCode} ${res.body}`);
  return login(app, username, PASSWORD);
}

/** Checks the error envelope (status, code, message, requestId) and returns the error for further checks. */
export function expectError(res: LightMyRequestResponse, status: number, code: string) {
  if (res.statusCode !== status)
    throw new Error(`expected ${status} ${code}, got ${res.statusCode}: ${res.body}`);
  const body = res.json<{ error: { code: string; message: string; details: unknown; requestId: string } }>();
  expect(body.error.code).toBe(code);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.requestId).toBe(res.headers['x-request-id']);
  return body.error;
}

/** The `path` of each field issue of a 400 VALIDATION_FAILED answer. */
export function failingPaths(res: LightMyRequestResponse): string[] {
  const details = expectError(res, 400, 'VALIDATION_FAILED').details as Array<{ path: string }>;
  expect(Array.isArray(details)).toBe(true);
  return details.map((d) => d.path);
}

/** A client that authenticates with a personal API token. */
export const bearerClient = (app: FastifyInstance, token: string) => new Client(app, { bearer: token });

/** One signed-in client per role (the admin-only one included), each with its own account. */
export async function roleClients(app: FastifyInstance, admin: Client) {
  return {
    adminOnly: await accountFor(app, admin, ['admin']),
    hrAdmin: await accountFor(app, admin, ['hr_admin']),
    agencyHead: await accountFor(app, admin, ['agency_head']),
    auditor: await accountFor(app, admin, ['auditor']),
    employee: await accountFor(app, admin, ['employee']),
  };
}

/** A multipart/form-data body with one file part named `field` (and optional text fields), built by hand. */
export function multipart(
  file: { content: string | Buffer; filename: string; contentType?: string; field?: string },
  fields: Record<string, string> = {},
) {
  const boundary = `----kinerja${Math.random().toString(36).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${file.field ?? 'file'}"; filename="${file.filename}"\r\n` +
        `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content, 'utf8'),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  );
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Posts a file to an import endpoint as `client`. */
export function upload(
  client: Client,
  url: string,
  file: Parameters<typeof multipart>[0],
  extraHeaders: Record<string, string> = {},
) {
  const { payload, headers } = multipart(file);
  return client.request('POST', url, payload, { ...extraHeaders, ...headers });
}

/** The number of rows in a table (straight from the database, to check that nothing changed). */
export async function countRows(database: Database, table: string): Promise<number> {
  const [row] = await database.query<{ n: string | number }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(row?.n ?? 0);
}

export interface PeriodBody {
  id: string;
  cycleId: string;
  kind: 'periodic' | 'annual';
  index: number;
  label: string;
  startDate: string;
  endDate: string;
  progressDeadline: string | null;
  evaluationDeadline: string | null;
  status: 'open' | 'locked';
  lockedAt: string | null;
  version: number;
}

export interface CycleBody {
  id: string;
  year: number;
  startDate: string;
  endDate: string;
  frequency: 'monthly' | 'quarterly';
  planningDeadline: string | null;
  status: 'open' | 'closed';
  closedAt: string | null;
  closedByName: string | null;
  can: { close: boolean; reopen: boolean };
  version: number;
  periods: PeriodBody[];
}

let cycleYear = 2025;
/**
 * Creates a cycle through the API (as hr_admin) over a whole calendar year. Without `year`, the first call in a
 * test file takes 2026 (the year of the test clock), later calls 2027, 2028, …
 */
export async function createCycle(
  hr: Client,
  over: Partial<{
    year: number;
    startDate: string;
    endDate: string;
    frequency: 'monthly' | 'quarterly';
    planningDeadline: string;
  }> = {},
) {
  const year = over.year ?? ++cycleYear;
  const res = await hr.post('/cycles', {
    year,
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
    frequency: 'monthly',
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`createCycle: ${res.statusCode} ${res.body}`);
  return res.json<CycleBody>();
}

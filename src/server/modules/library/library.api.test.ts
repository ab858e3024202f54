import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymous, type Client, createTestApp, type TestApp } from '../../../../test/helpers.js';
import {
  accountFor,
  adminClient,
  countRows,
  createEmployee,
  createUnit,
  expectError,
  failingPaths,
  type EmployeeBody,
} from '../../../../test/factories.js';
import { LIBRARY_TEMPLATES, seedLibrary } from '../../seed/library-templates.js';

const GHOST = '00000000-0000-4000-8000-000000000000';

interface Template {
  id: string;
  sector: string;
  text: string;
  aspect: string;
  category: string;
  direction: string;
  unit: string | null;
  status: string;
  resultExample: string | null;
  exampleTarget: string | null;
  rationale: string | null;
  proposedBy: { id: string; name: string } | null;
  proposedByUser: { id: string; name: string } | null;
  decidedBy: { id: string; name: string } | null;
  decisionReason: string | null;
  decidedAt: string | null;
  endorsementCount: number;
  endorsedByMe: boolean;
  commentCount: number;
  version: number;
  can: { endorse: boolean; decide: boolean };
  endorsements: Array<{ name: string; at: string; employeeId: string | null }>;
  comments: Array<{ id: string; body: string; authorName: string; authorUserId: string | null }>;
}
type Page = { items: Template[]; total: number };

let t: TestApp;
let admin: Client;
let hr: Client;
let head: Client;
let acting: Client;
let formerActing: Client;
let proposer: Client;
let endorser: Client;
let plain: Client;
let people: Record<'head' | 'acting' | 'proposer' | 'endorser', EmployeeBody>;

beforeAll(async () => {
  t = await createTestApp();
  await seedLibrary(t.database);
  admin = await adminClient(t.app, t.database);
  hr = await accountFor(t.app, admin, ['hr_admin']);
  const dinkes = await createUnit(admin, { name: 'Dinas Kesehatan' });
  const puskesmas = await createUnit(admin, { name: 'Puskesmas Kemuning', parentId: dinkes.id });
  people = {
    head: await createEmployee(admin, dinkes.id, { name: 'dr. Ratna Sari' }),
    acting: await createEmployee(admin, puskesmas.id, { name: 'Budi Santoso' }),
    proposer: await createEmployee(admin, puskesmas.id, { name: 'Siti Aminah' }),
    endorser: await createEmployee(admin, puskesmas.id, { name: 'Agus Wijaya' }),
  };
  const former = await createEmployee(admin, puskesmas.id, { name: 'Dewi Lestari' });
  const staff = await createEmployee(admin, puskesmas.id, { name: 'Rudi Hartono' });
  expect((await admin.patch(`/units/${dinkes.id}`, { headId: people.head.id })).statusCode).toBe(200);
  // The test clock stands at 29 November 2026 (Jakarta).
  const plt = { employeeId: people.acting.id, kind: 'plt', startDate: '2026-11-01', endDate: '2026-12-31' };
  const old = { employeeId: former.id, kind: 'plh', startDate: '2026-01-01', endDate: '2026-01-31' };
  expect((await admin.post(`/units/${puskesmas.id}/acting-officials`, plt)).statusCode).toBe(201);
  expect((await admin.post(`/units/${puskesmas.id}/acting-officials`, old)).statusCode).toBe(201);
  head = await accountFor(t.app, admin, ['employee'], people.head.id);
  acting = await accountFor(t.app, admin, ['employee'], people.acting.id);
  formerActing = await accountFor(t.app, admin, ['employee'], former.id);
  proposer = await accountFor(t.app, admin, ['employee'], people.proposer.id);
  endorser = await accountFor(t.app, admin, ['employee'], people.endorser.id);
  plain = await accountFor(t.app, admin, ['employee'], staff.id);
});
afterAll(async () => t.close());

const proposal = (over: Record<string, unknown> = {}) => ({
  sector: 'health',
  text: `Persentase resep elektronik yang dilayani kurang dari 15 menit ${Math.random().toString(36).slice(2, 7)}`,
  aspect: 'time',
  unit: '%',
  direction: 'higher',
  category: 'innovation',
  exampleTarget: '80',
  resultExample: 'Meningkatnya kecepatan pelayanan farmasi',
  rationale: 'Antrean apotek puskesmas masih panjang; resep elektronik mempercepat pelayanan.',
  ...over,
});

async function propose(client: Client, over: Record<string, unknown> = {}) {
  const res = await client.post('/indicator-templates/proposals', proposal(over));
  if (res.statusCode !== 201) throw new Error(`propose: ${res.statusCode} ${res.body}`);
  return res.json<Template>();
}

async function auditActions(id: string) {
  const res = await admin.get(`/audit?entityType=indicator_template&entityId=${id}`);
  expect(res.statusCode).toBe(200);
  return res
    .json<{ items: Array<{ action: string; actor: { label: string } }> }>()
    .items.map((e) => e.action)
    .reverse();
}

describe('the seeded library', () => {
  it('when the library is read, then it lists the adopted Kemuning templates by sector and text', async () => {
    const res = await plain.get('/indicator-templates?limit=200');
    expect(res.statusCode).toBe(200);
    const page = res.json<Page>();
    expect(page.total).toBe(LIBRARY_TEMPLATES.length);
    expect(page.total).toBeGreaterThanOrEqual(40);
    expect(page.items).toHaveLength(page.total);
    for (const x of page.items) {
      expect(x).toMatchObject({
        status: 'adopted',
        proposedBy: null,
        proposedByUser: null,
        endorsementCount: 0,
      });
      expect(x.resultExample).toBeTruthy();
      expect(x.exampleTarget).toBeTruthy();
    }
    const keys = page.items.map((x) => `${x.sector}|${x.text}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(page.items.map((x) => x.sector))).toEqual(
      new Set(['health', 'education', 'population', 'administration', 'finance', 'general']),
    );
  });

  it('when searching for words in any letter case, then only texts containing every word match', async () => {
    const res = await plain.get(`/indicator-templates?q=${encodeURIComponent('WAKTU respons')}`);
    const page = res.json<Page>();
    expect(page.items.map((x) => x.text)).toEqual(['Rata-rata waktu respons pengaduan masyarakat']);
    expect(page.items[0]).toMatchObject({
      sector: 'health',
      unit: 'jam',
      direction: 'lower',
      category: 'efficiency',
      aspect: 'time',
    });
    const patients = (await plain.get('/indicator-templates?q=pasien')).json<Page>();
    expect(patients.items.map((x) => x.text)).toContain('Jumlah pasien yang dilayani per bulan');
    expect((await plain.get('/indicator-templates?q=100%25_')).json<Page>().total).toBe(0);
  });

  it('when filtering by sector, category and aspect, then every item matches and total counts them', async () => {
    const health = (await plain.get('/indicator-templates?sector=health&limit=200')).json<Page>();
    expect(health.total).toBe(LIBRARY_TEMPLATES.filter((x) => x.sector === 'health').length);
    expect(health.items.every((x) => x.sector === 'health')).toBe(true);
    const innovation = (await plain.get('/indicator-templates?category=innovation&limit=200')).json<Page>();
    expect(innovation.total).toBeGreaterThan(3);
    expect(innovation.items.every((x) => x.category === 'innovation')).toBe(true);
    const cost = (await plain.get('/indicator-templates?sector=finance&aspect=cost')).json<Page>();
    expect(cost.total).toBeGreaterThan(0);
    expect(cost.items.every((x) => x.sector === 'finance' && x.aspect === 'cost')).toBe(true);
  });

  it('when paging, then limit and offset slice the same ordered list; limit above 200 answers 400', async () => {
    const all = (await plain.get('/indicator-templates?limit=200')).json<Page>();
    const page = (await plain.get('/indicator-templates?limit=5&offset=5')).json<Page>();
    expect(page.total).toBe(all.total);
    expect(page.items.map((x) => x.id)).toEqual(all.items.slice(5, 10).map((x) => x.id));
    expect((await plain.get('/indicator-templates')).json<Page>().items).toHaveLength(
      Math.min(50, all.total),
    );
    expect(failingPaths(await plain.get('/indicator-templates?limit=201'))).toEqual(['limit']);
    expect(failingPaths(await plain.get('/indicator-templates?status=draft'))).toEqual(['status']);
  });

  it('when the seed runs again, then nothing is added; each seeded template was audited', async () => {
    const before = await countRows(t.database, 'indicator_templates');
    expect(await seedLibrary(t.database)).toEqual({ inserted: 0 });
    expect(await countRows(t.database, 'indicator_templates')).toBe(before);
    const [first] = (await plain.get('/indicator-templates?limit=1')).json<Page>().items;
    expect(await auditActions(first!.id)).toEqual(['indicator_template.seed']);
  });

  it('when anonymous, then reading the library answers 401', async () => {
    expectError(await anonymous(t.app).get('/indicator-templates'), 401, 'UNAUTHENTICATED');
  });
});

describe('proposals', () => {
  it('when an employee proposes, then it is proposed with them as proposer and not yet in the library', async () => {
    const res = await proposer.post(
      '/indicator-templates/proposals',
      proposal({ text: 'Jumlah kunjungan rumah pasien TB' }),
    );
    expect(res.statusCode).toBe(201);
    const x = res.json<Template>();
    expect(x).toMatchObject({
      status: 'proposed',
      sector: 'health',
      text: 'Jumlah kunjungan rumah pasien TB',
      proposedBy: { id: people.proposer.id, name: 'Siti Aminah' },
      proposedByUser: { id: proposer.user!.id, name: 'Siti Aminah' },
      decidedBy: null,
      decidedAt: null,
      endorsementCount: 0,
      commentCount: 0,
      endorsements: [],
      comments: [],
      can: { endorse: false, decide: false },
    });
    const library = (await plain.get('/indicator-templates?q=kunjungan%20rumah')).json<Page>();
    expect(library.total).toBe(0);
    const open = (await plain.get('/indicator-templates?status=proposed&q=kunjungan%20rumah')).json<Page>();
    expect(open.items.map((i) => i.id)).toEqual([x.id]);
    expect(open.items[0]!.can).toEqual({ endorse: true, decide: false });
    const forHead = (await head.get(`/indicator-templates/${x.id}`)).json<Template>();
    expect(forHead.can).toEqual({ endorse: true, decide: true });
  });

  it('when an account without an employee proposes, then the account is the proposer', async () => {
    const x = await propose(hr, { direction: undefined });
    expect(x.proposedBy).toBeNull();
    expect(x.proposedByUser).toEqual({ id: hr.user!.id, name: hr.user!.username });
    expect(x.direction).toBe('higher');
  });

  it.each([
    ['no rationale', { rationale: undefined }, 'rationale'],
    ['a blank text', { text: '   ' }, 'text'],
    ['an unknown sector', { sector: 'mining' }, 'sector'],
    ['an unknown aspect', { aspect: 'speed' }, 'aspect'],
    ['no category', { category: undefined }, 'category'],
  ])('when a proposal has %s, then it answers 400 naming %s', async (_, over, path) => {
    expect(failingPaths(await proposer.post('/indicator-templates/proposals', proposal(over)))).toEqual([
      path,
    ]);
  });

  it('when a proposal is commented, endorsed and adopted by a unit head, then it records all of it', async () => {
    const x = await propose(proposer);
    const url = `/indicator-templates/${x.id}`;

    const comment = await endorser.post(`${url}/comments`, { body: 'Setuju, tambahkan juga resep racikan.' });
    expect(comment.statusCode).toBe(201);
    expect(comment.json()).toMatchObject({
      body: 'Setuju, tambahkan juga resep racikan.',
      authorName: 'Agus Wijaya',
      authorUserId: endorser.user!.id,
    });

    const endorsed = await endorser.post(`${url}/endorsement`);
    expect(endorsed.statusCode).toBe(200);
    expect(endorsed.json()).toMatchObject({ endorsementCount: 1, endorsedByMe: true, commentCount: 1 });
    // Endorsing twice changes nothing.
    const twice = await endorser.post(`${url}/endorsement`);
    expect(twice.json()).toMatchObject({ endorsementCount: 1, endorsedByMe: true });
    expect((await plain.get(url)).json()).toMatchObject({ endorsementCount: 1, endorsedByMe: false });

    // The proposer cannot endorse their own proposal.
    const own = await proposer.post(`${url}/endorsement`);
    expect(expectError(own, 409, 'CONFLICT').details).toEqual({ reason: 'own_proposal' });

    // Withdraw and endorse again; withdrawing twice is harmless.
    expect((await plain.post(`${url}/endorsement`)).json()).toMatchObject({ endorsementCount: 2 });
    expect((await plain.delete(`${url}/endorsement`)).json()).toMatchObject({
      endorsementCount: 1,
      endorsedByMe: false,
    });
    expect((await plain.delete(`${url}/endorsement`)).json()).toMatchObject({ endorsementCount: 1 });

    const adopted = await head.post(`${url}/adopt`, {
      reason: 'Mendukung program percepatan layanan farmasi',
    });
    expect(adopted.statusCode).toBe(200);
    const a = adopted.json<Template>();
    expect(a).toMatchObject({
      status: 'adopted',
      proposedBy: { id: people.proposer.id, name: 'Siti Aminah' },
      decidedBy: { id: head.user!.id, name: 'dr. Ratna Sari' },
      decisionReason: 'Mendukung program percepatan layanan farmasi',
      decidedAt: '2026-11-29T03:00:00.000Z',
      endorsementCount: 1,
      commentCount: 1,
      version: 2,
      can: { endorse: false, decide: false },
    });
    expect(a.endorsements).toEqual([
      { name: 'Agus Wijaya', at: expect.any(String), employeeId: people.endorser.id },
    ]);
    expect(a.comments.map((c) => c.body)).toEqual(['Setuju, tambahkan juga resep racikan.']);

    // Now it is part of the library.
    const library = (await plain.get(`/indicator-templates?q=${encodeURIComponent(x.text)}`)).json<Page>();
    expect(library.items.map((i) => i.id)).toEqual([x.id]);

    // Decided: no more decisions or endorsement changes (409 INVALID_TRANSITION).
    const again = await hr.post(`${url}/adopt`, {});
    expect(expectError(again, 409, 'INVALID_TRANSITION').details).toEqual({
      status: 'adopted',
      action: 'adopt',
    });
    expectError(await hr.post(`${url}/decline`, { reason: 'Terlambat' }), 409, 'INVALID_TRANSITION');
    expectError(await plain.post(`${url}/endorsement`), 409, 'INVALID_TRANSITION');
    expectError(await endorser.delete(`${url}/endorsement`), 409, 'INVALID_TRANSITION');
    // Comments stay open on an adopted template.
    expect((await plain.post(`${url}/comments`, { body: 'Sudah kami pakai di SKP 2027.' })).statusCode).toBe(
      201,
    );

    expect(await auditActions(x.id)).toEqual([
      'indicator_template.propose',
      'indicator_template.comment',
      'indicator_template.endorse',
      'indicator_template.endorse',
      'indicator_template.withdraw_endorsement',
      'indicator_template.adopt',
      'indicator_template.comment',
    ]);
  });

  it('when hr_admin adopts without a body, then it is adopted with no reason', async () => {
    const x = await propose(proposer);
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/indicator-templates/${x.id}/adopt`,
      headers: { cookie: hr.auth.cookie!, 'x-csrf-token': hr.auth.csrf! },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'adopted',
      decisionReason: null,
      decidedBy: { id: hr.user!.id, name: hr.user!.username },
    });
  });

  it('when an acting official (Plt) adopts today, then it is allowed; an expired Plh gets 403', async () => {
    const x = await propose(proposer);
    expectError(await formerActing.post(`/indicator-templates/${x.id}/adopt`, {}), 403, 'FORBIDDEN');
    const res = await acting.post(`/indicator-templates/${x.id}/adopt`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'adopted', decidedBy: { name: 'Budi Santoso' } });
  });

  it('when a plain employee adopts or declines, then 403 whatever the body; anonymous 401', async () => {
    const x = await propose(proposer);
    for (const c of [plain, endorser, proposer]) {
      expectError(await c.post(`/indicator-templates/${x.id}/adopt`, {}), 403, 'FORBIDDEN');
      expectError(await c.post(`/indicator-templates/${x.id}/decline`, {}), 403, 'FORBIDDEN');
    }
    const agencyHead = await accountFor(t.app, admin, ['agency_head']);
    expectError(await agencyHead.post(`/indicator-templates/${x.id}/adopt`, {}), 403, 'FORBIDDEN');
    expectError(
      await anonymous(t.app).post(`/indicator-templates/${x.id}/adopt`, {}),
      401,
      'UNAUTHENTICATED',
    );
    expect((await plain.get(`/indicator-templates/${x.id}`)).json()).toMatchObject({ status: 'proposed' });
  });

  it('when declining, then a reason is required; with one the proposal is declined and audited', async () => {
    const x = await propose(proposer);
    const url = `/indicator-templates/${x.id}`;
    expect(failingPaths(await head.post(`${url}/decline`, {}))).toEqual(['reason']);
    expect(failingPaths(await head.post(`${url}/decline`, { reason: ' ' }))).toEqual(['reason']);
    const res = await head.post(`${url}/decline`, { reason: 'Sudah tercakup indikator waktu tunggu.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'declined',
      decisionReason: 'Sudah tercakup indikator waktu tunggu.',
      decidedBy: { id: head.user!.id },
    });
    const declined = (await plain.get('/indicator-templates?status=declined&limit=200')).json<Page>();
    expect(declined.items.map((i) => i.id)).toContain(x.id);
    expect(failingPaths(await hr.post(`${url}/decline`, {}))).toEqual(['reason']);
    const again = await hr.post(`${url}/adopt`, {});
    expect(expectError(again, 409, 'INVALID_TRANSITION').details).toEqual({
      status: 'declined',
      action: 'adopt',
    });
    expect(await auditActions(x.id)).toEqual(['indicator_template.propose', 'indicator_template.decline']);
  });

  it('when a seeded (adopted) template is adopted again, then 409 INVALID_TRANSITION', async () => {
    const [seeded] = (await plain.get('/indicator-templates?limit=1')).json<Page>().items;
    const res = await hr.post(`/indicator-templates/${seeded!.id}/adopt`, {});
    expect(expectError(res, 409, 'INVALID_TRANSITION').details).toEqual({
      status: 'adopted',
      action: 'adopt',
    });
  });

  it('when a template id is unknown, then reading, commenting, endorsing and deciding answer 404', async () => {
    expectError(await plain.get(`/indicator-templates/${GHOST}`), 404, 'NOT_FOUND');
    expectError(
      await plain.post(`/indicator-templates/${GHOST}/comments`, { body: 'Halo' }),
      404,
      'NOT_FOUND',
    );
    expectError(await plain.post(`/indicator-templates/${GHOST}/endorsement`), 404, 'NOT_FOUND');
    expectError(await plain.delete(`/indicator-templates/${GHOST}/endorsement`), 404, 'NOT_FOUND');
    expectError(await hr.post(`/indicator-templates/${GHOST}/adopt`, {}), 404, 'NOT_FOUND');
    expect(failingPaths(await plain.get('/indicator-templates/abc'))).toEqual(['id']);
    expect(failingPaths(await plain.post(`/indicator-templates/${GHOST}/comments`, { body: '' }))).toEqual([
      'body',
    ]);
  });
});

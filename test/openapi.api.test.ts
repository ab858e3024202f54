import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers.js';

/**
 * The OpenAPI description is generated from the zod schemas; this keeps it as a reviewed file
 * (`docs/api/openapi.json`), so a change to any response or request shape shows in the diff. After an intended
 * change: `npx vitest run test/openapi.api.test.ts -u`.
 */
describe('OpenAPI description', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('when the description is generated, then it equals the reviewed docs/api/openapi.json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json<{ paths: Record<string, unknown> }>();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(90);
    await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot('../docs/api/openapi.json');
  });
});

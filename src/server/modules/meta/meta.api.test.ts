import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers.js';

/** GET /meta tells the web how large an upload may be, so a too-large file is refused before it is sent (issue 12). */
describe('GET /meta upload limits', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('when KINERJA_MAX_UPLOAD_MB is set, then /meta publishes that limit in bytes for evidence and imports', async () => {
    t = await createTestApp({ KINERJA_MAX_UPLOAD_MB: '3' });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      maxUploadBytes: { evidence: 3 * 1024 * 1024, imports: 3 * 1024 * 1024 },
    });
  });

  it('when nothing is configured, then the default limit (10 MB) is published to anyone, signed in or not', async () => {
    t = await createTestApp();
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/meta' });
    expect(res.statusCode).toBe(200);
    expect(res.json<{ maxUploadBytes: unknown }>().maxUploadBytes).toEqual({
      evidence: 10 * 1024 * 1024,
      imports: 10 * 1024 * 1024,
    });
  });
});

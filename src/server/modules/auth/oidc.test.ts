import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../platform/clock.js';
import { loadConfig } from '../../platform/config.js';
import type { Deps } from '../../platform/deps.js';
import type { Database } from '../../platform/db/client.js';
import { localPath, OIDC_FLOW_TTL_MS, openFlow, sealFlow, type OidcFlow } from './oidc.js';

describe('localPath (where to go after single sign-on)', () => {
  it.each([
    ['/', '/'],
    ['/rencana', '/rencana'],
    ['/rencana?tahun=2026#hasil', '/rencana?tahun=2026#hasil'],
    ['/a/../b', '/b'],
  ])('when next is %j, then it is kept as %j', (next, expected) => {
    expect(localPath(next)).toBe(expected);
  });

  it.each([
    '//evil.example',
    '//evil.example/path',
    '/\\evil.example',
    '/\\/evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    'evil',
    '',
    '/a\nb',
    '/a\tb',
    `/${'a'.repeat(1000)}`,
  ])('when next is %j, then it is refused', (next) => {
    expect(localPath(next)).toBeNull();
  });
});

describe('the flow cookie', () => {
  const clock = new ManualClock(new Date('2026-11-29T03:00:00Z'));
  const deps = {
    config: loadConfig({ KINERJA_SECRET: 'x'.repeat(40) }),
    clock,
    database: {} as Database,
  } as Deps;
  const flow: OidcFlow = {
    state: 'state-1',
    nonce: 'nonce-1',
    verifier: 'v'.repeat(43),
    next: '/rencana',
    exp: clock.now().getTime() + OIDC_FLOW_TTL_MS,
  };

  it('when sealed and opened within ten minutes, then the flow comes back', async () => {
    expect(await openFlow(deps, await sealFlow(deps, flow))).toEqual({ flow });
  });

  it('when missing, tampered with or expired, then it is refused with the reason', async () => {
    const sealed = await sealFlow(deps, flow);
    expect(await openFlow(deps, undefined)).toEqual({ flow: null, reason: 'state_missing' });
    const [, signature] = sealed.split('.');
    const other = Buffer.from(JSON.stringify({ ...flow, next: '//evil' })).toString('base64url');
    expect(await openFlow(deps, `${other}.${signature}`)).toEqual({ flow: null, reason: 'state_invalid' });
    expect(await openFlow(deps, 'garbage')).toEqual({ flow: null, reason: 'state_invalid' });
    const later = { ...deps, clock: new ManualClock(new Date(flow.exp)) };
    expect(await openFlow(later, sealed)).toEqual({ flow: null, reason: 'expired' });
  });
});

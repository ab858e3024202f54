import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import { mailText, retryDelayMs } from './outbox.js';

describe('mail and scheduler configuration', () => {
  it('when nothing is set, then e-mail goes to the log, the scheduler ticks every minute with offsets 14, 7, 1', () => {
    const c = loadConfig({});
    expect(c.mail).toEqual({
      smtpUrl: undefined,
      from: 'Kinerja <kinerja@localhost>',
      maxAttempts: 6,
      publicUrl: undefined,
    });
    expect(c.schedulerIntervalMs).toBe(60_000);
    expect(c.reminderOffsetsDays).toEqual([14, 7, 1]);
  });

  it('when SMTP, offsets and the interval are set, then they are read; bad values are all reported', () => {
    const c = loadConfig({
      KINERJA_SMTP_URL: 'smtp://user:pass@mail.example.go.id:587',
      KINERJA_REMINDER_OFFSETS_DAYS: '3, 30,10',
      KINERJA_SCHEDULER_INTERVAL_SECONDS: '0',
      KINERJA_PUBLIC_URL: 'https://kinerja.example.go.id/',
    });
    expect(c.mail.smtpUrl).toBe('smtp://user:pass@mail.example.go.id:587');
    expect(c.mail.publicUrl).toBe('https://kinerja.example.go.id');
    expect(c.reminderOffsetsDays).toEqual([30, 10, 3]);
    expect(c.schedulerIntervalMs).toBe(0);
    expect(() => loadConfig({ KINERJA_SMTP_URL: 'http://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ KINERJA_REMINDER_OFFSETS_DAYS: '7,abc' })).toThrow(
      /KINERJA_REMINDER_OFFSETS_DAYS/,
    );
    expect(() => loadConfig({ KINERJA_SCHEDULER_INTERVAL_SECONDS: '-1' })).toThrow(ConfigError);
  });

  it('when an e-mail is composed, then the link is made absolute when the public address is known', () => {
    expect(mailText('Isi', '/plans/1', 'https://k.go.id')).toContain('Buka: https://k.go.id/plans/1');
    expect(mailText('Isi', '/plans/1', undefined)).toContain('Buka: /plans/1');
    expect(mailText('Isi', null, undefined)).not.toContain('Buka');
  });

  it('when attempts fail, then the wait doubles each time up to a ceiling', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(retryDelayMs(30)).toBe(6 * 3_600_000);
  });
});

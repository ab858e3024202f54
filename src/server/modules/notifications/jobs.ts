import type { Deps } from '../../platform/deps.js';
import {
  processOutbox,
  silentLog,
  type Log,
  type Mailer,
  type OutboxResult,
} from '../../platform/mail/index.js';
import { runReminders, type ReminderResult } from './use-cases/reminders.js';

/** What the scheduled jobs need beyond the app's dependencies. */
export interface JobDeps extends Deps {
  mailer: Mailer;
  log?: Log;
}

export interface JobsResult {
  reminders: ReminderResult;
  outbox: OutboxResult;
}

/**
 * One scheduler run: the reminders due (which enqueue notifications and e-mails), overdue dialogue actions, then
 * the e-mail outbox. Tests call it with a `ManualClock`'s time; `main.ts` runs it from the `Scheduler`.
 */
export async function runDueJobs(deps: JobDeps, now: Date = deps.clock.now()): Promise<JobsResult> {
  const log = deps.log ?? silentLog;
  const reminders = await runReminders(deps, now);
  const outbox = await processOutbox(deps.database, deps.config, deps.mailer, now, log);
  if (Object.values(reminders).some((n) => n > 0) || outbox.sent + outbox.retried + outbox.failed > 0)
    log.info({ reminders, outbox }, 'scheduled jobs ran');
  return { reminders, outbox };
}

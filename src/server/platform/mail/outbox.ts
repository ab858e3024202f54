import { and, eq, sql } from 'drizzle-orm';
import type { Config } from '../config.js';
import type { Database } from '../db/client.js';
import { emailOutbox } from '../db/schema.js';
import type { Log, Mailer } from './mailer.js';
import { rowsOf } from '../db/rows.js';

/** How long a claimed e-mail stays reserved for the process sending it (a crash frees it after this). */
export const CLAIM_LEASE_MS = 5 * 60_000;
/** The first retry waits this long; each further one twice as long. */
export const RETRY_BASE_MS = 60_000;
export const RETRY_MAX_MS = 6 * 3_600_000;

/** The wait before attempt `attempts + 1` after `attempts` failed ones. */
export const retryDelayMs = (attempts: number) =>
  Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));

interface ClaimedRow {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  link: string | null;
  attempts: number;
}

export interface OutboxResult {
  sent: number;
  retried: number;
  failed: number;
}

/** The text of an e-mail: the body and, when there is one, the link (absolute with KINERJA_PUBLIC_URL). */
export function mailText(body: string, link: string | null, publicUrl: string | undefined): string {
  const footer = '\n\n—\nPesan otomatis dari Kinerja. Atur e-mail notifikasi pada menu Profil › Notifikasi.';
  if (!link) return body + footer;
  return `${body}\n\nBuka: ${publicUrl ? `${publicUrl}${link}` : link}${footer}`;
}

/**
 * Sends the due e-mails of the outbox. Rows are claimed with `FOR UPDATE SKIP LOCKED` in a short transaction that
 * counts the attempt and moves `next_attempt_at` past a lease, so several server processes never take the same
 * row and no transaction stays open while SMTP talks. Then each is sent: success marks it `sent`; a failure
 * schedules the next attempt with exponential backoff, or marks it `failed` after the last attempt.
 */
export async function processOutbox(
  database: Database,
  config: Config,
  mailer: Mailer,
  now: Date,
  log: Log,
  batchSize = 50,
): Promise<OutboxResult> {
  const result: OutboxResult = { sent: 0, retried: 0, failed: 0 };
  for (;;) {
    const claimed = await database.db.transaction(async (tx) =>
      rowsOf<ClaimedRow>(
        await tx.execute(sql`
          WITH due AS (
            SELECT id FROM email_outbox
            WHERE status = 'pending' AND next_attempt_at <= ${now}
            ORDER BY next_attempt_at, id
            LIMIT ${batchSize}
            FOR UPDATE SKIP LOCKED)
          UPDATE email_outbox o
          SET attempts = o.attempts + 1, next_attempt_at = ${new Date(now.getTime() + CLAIM_LEASE_MS)},
              updated_at = ${now}
          FROM due WHERE o.id = due.id
          RETURNING o.id, o.to_address, o.subject, o.body, o.link, o.attempts`),
      ),
    );
    if (claimed.length === 0) return result;
    for (const row of claimed) {
      // Only the claim that counted this attempt may settle it (a lease taken over after a stall is not ours).
      const ours = and(eq(emailOutbox.id, row.id), eq(emailOutbox.attempts, row.attempts));
      try {
        await mailer.send({
          to: row.to_address,
          subject: row.subject,
          text: mailText(row.body, row.link, config.mail.publicUrl),
        });
        await database.db
          .update(emailOutbox)
          .set({ status: 'sent', sentAt: now, lastError: null, updatedAt: now })
          .where(ours);
        result.sent++;
      } catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).slice(0, 1000);
        const giveUp = row.attempts >= config.mail.maxAttempts;
        await database.db
          .update(emailOutbox)
          .set(
            giveUp
              ? { status: 'failed', lastError: message, updatedAt: now }
              : {
                  lastError: message,
                  nextAttemptAt: new Date(now.getTime() + retryDelayMs(row.attempts)),
                  updatedAt: now,
                },
          )
          .where(ours);
        if (giveUp) result.failed++;
        else result.retried++;
        log.warn(
          { outboxId: row.id, attempts: row.attempts, giveUp, err: message },
          giveUp ? 'e-mail failed for good' : 'e-mail failed; will retry',
        );
      }
    }
    if (claimed.length < batchSize) return result;
  }
}

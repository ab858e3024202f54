import nodemailer from 'nodemailer';
import type { Config } from '../config.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

/** Sends one e-mail; throws when it could not be handed over (the outbox retries later). */
export interface Mailer {
  readonly kind: 'smtp' | 'log' | 'test';
  send(message: MailMessage): Promise<void>;
  close?(): void;
}

/** The part of a pino logger the mail and job code uses. */
export interface Log {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export const silentLog: Log = { info: () => undefined, warn: () => undefined, error: () => undefined };

/**
 * The mailer from the configuration: SMTP through nodemailer when `KINERJA_SMTP_URL` is set; otherwise each
 * e-mail is written to the log (and counts as sent), so a small office without a mail server loses nothing.
 */
export function createMailer(config: Config, log: Log): Mailer {
  const { smtpUrl, from } = config.mail;
  if (!smtpUrl) return logMailer(log);
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    kind: 'smtp',
    async send(message) {
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
    },
    close: () => transport.close(),
  };
}

export function logMailer(log: Log): Mailer {
  return {
    kind: 'log',
    async send(message) {
      log.info({ mail: message }, `e-mail (no SMTP configured) to ${message.to}: ${message.subject}`);
    },
  };
}

/** A mailer for tests: keeps what it sent; `failNext(n)` makes the next n sends throw. */
export function captureMailer() {
  const sent: MailMessage[] = [];
  let failures = 0;
  const mailer: Mailer & { sent: MailMessage[]; failNext(n: number): void } = {
    kind: 'test',
    sent,
    failNext(n: number) {
      failures = n;
    },
    async send(message) {
      if (failures > 0) {
        failures--;
        throw new Error('SMTP 451 temporary failure (test)');
      }
      sent.push(message);
    },
  };
  return mailer;
}

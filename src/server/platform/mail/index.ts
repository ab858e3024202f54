export {
  captureMailer,
  createMailer,
  logMailer,
  silentLog,
  type Log,
  type Mailer,
  type MailMessage,
} from './mailer.js';
export { mailText, processOutbox, retryDelayMs, type OutboxResult } from './outbox.js';

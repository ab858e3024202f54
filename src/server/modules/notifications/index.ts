export { notificationRoutes } from './notifications.routes.js';
/** Called by other modules INSIDE their transaction, so notifications and e-mails commit with the change. */
export { notify, type NotifyInput } from './use-cases/notify.js';
export { texts } from './texts.js';
export { runDueJobs, type JobDeps, type JobsResult } from './jobs.js';
export { runReminders, type ReminderResult } from './use-cases/reminders.js';

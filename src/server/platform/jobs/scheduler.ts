import type { Clock } from '../clock.js';
import type { Log } from '../mail/mailer.js';

export interface SchedulerOptions {
  /** ms between runs; 0 disables */
  intervalMs: number;
  clock: Clock;
  log: Log;
  /** one run of the due jobs; errors are logged and the next run goes on */
  run: (now: Date) => Promise<unknown>;
}

/**
 * An in-process scheduler: runs the due jobs once at start and then every `intervalMs`, never two runs at once in
 * one process. Safety across processes does not come from timing but from the jobs themselves (outbox rows are
 * claimed with SKIP LOCKED; each reminder has a unique key). `stop()` waits for a run in progress.
 */
export class Scheduler {
  private timer: NodeJS.Timeout | undefined;
  private current: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: SchedulerOptions) {}

  get enabled() {
    return this.options.intervalMs > 0;
  }

  start(): void {
    if (!this.enabled || this.timer || this.stopped) return;
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
    void this.tick();
  }

  /** One run now (skipped when a run is still going on in this process). Returns when it has finished. */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.current) return this.current;
    this.current = (async () => {
      try {
        await this.options.run(this.options.clock.now());
      } catch (err) {
        this.options.log.error({ err }, 'scheduled jobs failed');
      } finally {
        this.current = undefined;
      }
    })();
    return this.current;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.current;
  }
}

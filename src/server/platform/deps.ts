import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';

/** What every module receives from the app: the database, the configuration and the clock. */
export interface Deps {
  database: Database;
  config: Config;
  clock: Clock;
}

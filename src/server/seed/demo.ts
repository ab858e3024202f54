import type { Database } from '../platform/db/client.js';

/** Placeholder until the demo seed lands: seeds nothing. */
export async function seedDemo(_database: Database): Promise<{ units: number; employees: number; users: number }> {
  return { units: 0, employees: 0, users: 0 };
}

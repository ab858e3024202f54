import { timestamp, uuid } from 'drizzle-orm/pg-core';

/** Column helpers shared by the schema files. */
export const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
export const timestamps = {
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
};
export const id = () => uuid('id').primaryKey().defaultRandom();

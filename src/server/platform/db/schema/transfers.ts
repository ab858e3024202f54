import { date, index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { id, timestamps } from './columns.js';
import { employees, units } from './org.js';
import { cycles, workPlans } from './planning.js';

/**
 * A transfer (mutasi) effective on `effectiveDate`: the plan in force ends the day before (kept, read-only) and a
 * draft plan for the new unit and assessor starts that day.
 */
export const employeeTransfers = pgTable(
  'employee_transfers',
  {
    id: id(),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id, { onDelete: 'restrict' }),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => cycles.id, { onDelete: 'restrict' }),
    effectiveDate: date('effective_date', { mode: 'string' }).notNull(),
    fromUnitId: uuid('from_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    toUnitId: uuid('to_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    fromSupervisorId: uuid('from_supervisor_id').references(() => employees.id, { onDelete: 'set null' }),
    toSupervisorId: uuid('to_supervisor_id').references(() => employees.id, { onDelete: 'set null' }),
    /** the plan that ended the day before (null: the employee had none in force) */
    endedPlanId: uuid('ended_plan_id').references(() => workPlans.id, { onDelete: 'restrict' }),
    newPlanId: uuid('new_plan_id')
      .notNull()
      .references(() => workPlans.id, { onDelete: 'restrict' }),
    /** the new position title, when it changed */
    positionTitle: text('position_title'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    index('employee_transfers_employee_idx').on(t.employeeId, t.effectiveDate),
    index('employee_transfers_cycle_idx').on(t.cycleId),
    index('employee_transfers_from_unit_idx').on(t.fromUnitId),
    index('employee_transfers_to_unit_idx').on(t.toUnitId),
    index('employee_transfers_from_supervisor_idx').on(t.fromSupervisorId),
    index('employee_transfers_to_supervisor_idx').on(t.toSupervisorId),
    index('employee_transfers_ended_plan_idx').on(t.endedPlanId),
    index('employee_transfers_new_plan_idx').on(t.newPlanId),
    index('employee_transfers_created_by_idx').on(t.createdBy),
  ],
);

import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { dateIn } from '../../../domain/dates.js';
import {
  createActingSchema,
  createEmployeeSchema,
  createUnitSchema,
  employeeQuerySchema,
  updateEmployeeSchema,
  updateUnitSchema,
} from '../../../domain/people/schemas.js';
import {
  actingOfficialViewSchema,
  employeeViewSchema,
  importReportSchema,
  unitTreeItemSchema,
  unitViewSchema,
} from '../../../domain/people/view.js';
import type { Deps } from '../../platform/deps.js';
import { AppError, ValidationError } from '../../platform/errors.js';
import { idParams, listOf, pageQuery } from '../../platform/http/common.js';
import * as repo from './org.repository.js';
import { presentActing, presentActingHead, presentEmployee, presentUnit } from './org.presenter.js';
import { canManageOrg, canReadOrg } from './org.policy.js';
import { createEmployee, loadEmployeeView, updateEmployee } from './use-cases/employees.js';
import { EMPLOYEE_TEMPLATE, importEmployees } from './use-cases/import-employees.js';
import { importUnits, UNIT_TEMPLATE } from './use-cases/import-units.js';
import { addActing, createUnit, loadUnitView, removeActing, updateUnit } from './use-cases/units.js';

const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('false'),
  validOnly: z.enum(['true', 'false']).default('false'),
});

async function readUpload(request: FastifyRequest): Promise<{ data: Buffer; filename: string }> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'import.noFile');
  try {
    const file = await request.file();
    if (!file || file.fieldname !== 'file') throw new AppError('VALIDATION_FAILED', 'import.noFile');
    return { data: await file.toBuffer(), filename: file.filename };
  } catch (err) {
    // A malformed multipart body (no boundary, cut short) is the client's fault, not a 500; size limits
    // (FST_* codes) keep their own answer.
    if (err instanceof AppError || (err as { code?: unknown }).code !== undefined) throw err;
    throw new ValidationError([{ path: 'file', code: 'invalid_multipart', messageKey: 'import.noFile' }]);
  }
}

export function orgRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = () => dateIn(deps.clock.now());
  const unitTags = ['units'];
  const employeeTags = ['employees'];

  // ───── units ─────
  r.post(
    '/units',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags: unitTags,
        summary: 'Create a unit (hr_admin)',
        body: createUnitSchema,
        response: { 201: unitViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createUnit(deps, request.ctx(), request.body)),
  );
  r.get(
    '/units',
    {
      schema: {
        tags: unitTags,
        summary: 'Units in tree order, paged',
        querystring: pageQuery,
        response: { 200: listOf(unitViewSchema) },
      },
    },
    async (request) => {
      canReadOrg(request.ctx());
      const { db } = deps.database;
      const { ids, total } = await repo.listUnitIdsInTreeOrder(db, request.query.limit, request.query.offset);
      const [rows, acting] = await Promise.all([
        repo.listUnitsWithHead(db, ids),
        repo.actingOn(db, ids, today()),
      ]);
      const byId = new Map(rows.map((x) => [x.unit.id, x]));
      return {
        total,
        items: ids.map((id) => {
          const x = byId.get(id)!;
          return presentUnit(
            x.unit,
            x.head,
            acting.find((a) => a.acting.unitId === id),
          );
        }),
      };
    },
  );
  r.get(
    '/units/tree',
    {
      schema: {
        tags: unitTags,
        summary: 'The whole unit tree in depth-first order, with heads, acting heads and employee counts',
        response: { 200: z.object({ items: z.array(unitTreeItemSchema) }) },
      },
    },
    async (request) => {
      canReadOrg(request.ctx());
      const { db } = deps.database;
      const rows = await repo.unitTree(db);
      const acting = await repo.actingOn(
        db,
        rows.map((x) => x.id),
        today(),
      );
      return {
        items: rows.map((x) => ({
          id: x.id,
          code: x.code,
          name: x.name,
          parentId: x.parent_id,
          headId: x.head_id,
          headName: x.head_name,
          actingHead: presentActingHead(acting.find((a) => a.acting.unitId === x.id)),
          employeeCount: Number(x.employee_count),
          depth: Number(x.depth),
        })),
      };
    },
  );
  r.get(
    '/units/:id',
    { schema: { tags: unitTags, summary: 'One unit', params: idParams, response: { 200: unitViewSchema } } },
    async (request) => {
      canReadOrg(request.ctx());
      return loadUnitView(deps.database.db, request.params.id, today());
    },
  );
  r.patch(
    '/units/:id',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags: unitTags,
        summary: 'Change a unit (hr_admin)',
        params: idParams,
        body: updateUnitSchema,
        response: { 200: unitViewSchema },
      },
    },
    async (request) => updateUnit(deps, request.ctx(), request.params.id, request.body),
  );
  r.get(
    '/units/:id/acting-officials',
    {
      schema: {
        tags: unitTags,
        summary: 'Acting officials (Plt/Plh) of a unit',
        params: idParams,
        response: { 200: z.object({ items: z.array(actingOfficialViewSchema) }) },
      },
    },
    async (request) => {
      canReadOrg(request.ctx());
      const { db } = deps.database;
      if (!(await repo.findUnit(db, request.params.id))) throw new AppError('NOT_FOUND');
      return { items: (await repo.listActing(db, request.params.id)).map(presentActing) };
    },
  );
  r.post(
    '/units/:id/acting-officials',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags: unitTags,
        summary: 'Name an acting head (Plt/Plh) for a date range (hr_admin)',
        params: idParams,
        body: createActingSchema,
        response: { 201: actingOfficialViewSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addActing(deps, request.ctx(), request.params.id, request.body)),
  );
  r.delete(
    '/units/:id/acting-officials/:actingId',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags: unitTags,
        summary: 'Remove an acting official (hr_admin)',
        params: z.object({ id: z.uuid(), actingId: z.uuid() }),
      },
    },
    async (request, reply) => {
      await removeActing(deps, request.ctx(), request.params.id, request.params.actingId);
      return reply.status(204).send();
    },
  );

  // ───── employees ─────
  r.post(
    '/employees',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags: employeeTags,
        summary: 'Register an employee (hr_admin); the NIP is validated part by part',
        body: createEmployeeSchema,
        response: { 201: employeeViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await createEmployee(deps, request.ctx(), request.body)),
  );
  r.get(
    '/employees',
    {
      schema: {
        tags: employeeTags,
        summary: 'Employee directory: search by name or NIP, filter, page',
        querystring: employeeQuerySchema,
        response: { 200: listOf(employeeViewSchema) },
      },
    },
    async (request) => {
      canReadOrg(request.ctx());
      const { q, unitId, subunits, asnType, positionType, supervisorId, limit, offset } = request.query;
      const { db } = deps.database;
      const unitIds = unitId
        ? subunits === 'true'
          ? await repo.subtreeUnitIds(db, unitId)
          : [unitId]
        : undefined;
      const { items, total } = await repo.listEmployees(
        db,
        { q, unitIds, asnType, positionType, supervisorId },
        limit,
        offset,
      );
      return { items: items.map(presentEmployee), total };
    },
  );
  r.get(
    '/employees/:id',
    {
      schema: {
        tags: employeeTags,
        summary: 'One employee',
        params: idParams,
        response: { 200: employeeViewSchema },
      },
    },
    async (request) => {
      canReadOrg(request.ctx());
      return loadEmployeeView(deps.database.db, request.params.id);
    },
  );
  r.patch(
    '/employees/:id',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags: employeeTags,
        summary: 'Change an employee (hr_admin); a circular supervisor chain answers 409',
        params: idParams,
        body: updateEmployeeSchema,
        response: { 200: employeeViewSchema },
      },
    },
    async (request) => updateEmployee(deps, request.ctx(), request.params.id, request.body),
  );

  // ───── imports ─────
  const importTags = ['imports'];
  const importers = [
    {
      path: '/imports/units',
      run: importUnits,
      summary: 'Import units from CSV/XLSX (multipart part "file"); columns kode, nama, kode_induk',
    },
    {
      path: '/imports/employees',
      run: importEmployees,
      summary:
        'Import employees from CSV/XLSX (multipart part "file"); nothing is imported if a row fails unless validOnly=true',
    },
  ] as const;
  for (const importer of importers) {
    r.post(
      importer.path,
      {
        config: { permission: 'manage:org' },
        schema: {
          tags: importTags,
          summary: importer.summary,
          querystring: importQuery,
          consumes: ['multipart/form-data'],
          response: { 200: importReportSchema },
        },
      },
      async (request) => {
        canManageOrg(request.ctx());
        const file = await readUpload(request);
        return importer.run(deps, request.ctx(), {
          ...file,
          dryRun: request.query.dryRun === 'true',
          validOnly: request.query.validOnly === 'true',
        });
      },
    );
  }
  r.get(
    '/imports/templates/:kind',
    {
      config: { permission: 'manage:org' },
      schema: {
        tags: importTags,
        summary: 'CSV template',
        params: z.object({ kind: z.enum(['units.csv', 'employees.csv']) }),
      },
    },
    async (request, reply) => {
      canManageOrg(request.ctx());
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${request.params.kind}"`)
        .send(request.params.kind === 'units.csv' ? UNIT_TEMPLATE : EMPLOYEE_TEMPLATE);
    },
  );
}

import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  creditPointsExportQuerySchema,
  creditPointsQuerySchema,
  learningHoursListQuerySchema,
  learningHoursQuerySchema,
  putTppRatesSchema,
  tppExportQuerySchema,
} from '../../../domain/ledger/schemas.js';
import {
  creditPointsViewSchema,
  learningHoursListViewSchema,
  learningHoursViewSchema,
  tppExportViewSchema,
  tppRatesViewSchema,
} from '../../../domain/ledger/view.js';
import type { Deps } from '../../platform/deps.js';
import { idParams } from '../../platform/http/common.js';
import { creditPointsWorkbook, employeeCreditPoints } from './use-cases/credit-points.js';
import { employeeLearningHours, listLearningHours } from './use-cases/learning-hours.js';
import { tppExport, tppWorkbook } from './use-cases/tpp-export.js';
import { getTppRates, putTppRates } from './use-cases/tpp-settings.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A file name without anything a header or a file system could trip on. */
const safe = (s: string) => s.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Learning hours (JP), credit points (angka kredit) and the allowance (TPP) export: issue 14.3, 14.6, 14.7. */
export function ledgerRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/employees/:id/learning-hours',
    {
      schema: {
        tags: ['development'],
        summary:
          'Jam pelajaran (JP) of an employee for a year (default: the current one, Asia/Jakarta): the completed development items, PNS minimum 20 (PP 17/2020 art. 203), PPPK maximum 24 (PP 49/2018 art. 40), the other bound null (the readers of the employee’s development plans)',
        params: idParams,
        querystring: learningHoursQuerySchema,
        response: { 200: learningHoursViewSchema },
      },
    },
    async (request) => employeeLearningHours(deps, request.ctx(), request.params.id, request.query),
  );
  r.get(
    '/learning-hours',
    {
      schema: {
        tags: ['development'],
        summary:
          'Everyone’s JP for a year with the shortfall, by name (paged); `short=true`: only the PNS still below the minimum. hr_admin and agency_head: everyone; a unit head (or acting Plt/Plh): their subtree',
        querystring: learningHoursListQuerySchema,
        response: { 200: learningHoursListViewSchema },
      },
    },
    async (request) => listLearningHours(deps, request.ctx(), request.query),
  );
  r.get(
    '/employees/:id/credit-points',
    {
      schema: {
        tags: ['development'],
        summary:
          'Angka kredit of a functional employee in a cycle (default: the current one), per evaluation counted: a final annual evaluation alone for 12 months, else each final periodic one for its months; points = months/12 × percentage × coefficient, 3 decimals (Peraturan BKN 3/2023). Not fungsional: no items (the readers of the employee’s evaluations)',
        params: idParams,
        querystring: creditPointsQuerySchema,
        response: { 200: creditPointsViewSchema },
      },
    },
    async (request) => employeeCreditPoints(deps, request.ctx(), request.params.id, request.query),
  );
  r.get(
    '/credit-points/export.xlsx',
    {
      schema: {
        tags: ['development'],
        summary:
          'The credit points of the functional employees (of a unit and its subtree) in a cycle, as an XLSX sheet for the PAK (hr_admin)',
        querystring: creditPointsExportQuerySchema,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const { file, cycleYear } = await creditPointsWorkbook(deps, request.ctx(), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="angka-kredit-${cycleYear}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );
  r.get(
    '/settings/tpp',
    {
      schema: {
        tags: ['settings'],
        summary:
          'The allowance (TPP) table: predicate → percentage (default Sangat Baik and Baik 100, Butuh Perbaikan 80, Kurang 60, Sangat Kurang 40) with its version (hr_admin)',
        response: { 200: tppRatesViewSchema },
      },
    },
    async (request) => getTppRates(deps, request.ctx()),
  );
  r.put(
    '/settings/tpp',
    {
      schema: {
        tags: ['settings'],
        summary:
          'Changes the TPP table: every predicate, whole percentages 0–100, with the version read (a stale one gets 409); audited (hr_admin)',
        body: putTppRatesSchema,
        response: { 200: tppRatesViewSchema },
      },
    },
    async (request) => putTppRates(deps, request.ctx(), request.body),
  );
  r.get(
    '/exports/tpp',
    {
      schema: {
        tags: ['exports'],
        summary:
          'The TPP export of a periodic period: NIP, name, unit, predicate and percentage for every final periodic evaluation, and the active employees without one (`missing`); an annual period is refused (400) (hr_admin)',
        querystring: tppExportQuerySchema,
        response: { 200: tppExportViewSchema },
      },
    },
    async (request) => tppExport(deps, request.ctx(), request.query),
  );
  r.get(
    '/exports/tpp.xlsx',
    {
      schema: {
        tags: ['exports'],
        summary: 'The TPP export as an XLSX workbook: sheet "TPP" and sheet "Belum Dievaluasi" (hr_admin)',
        querystring: tppExportQuerySchema,
        produces: [XLSX],
      },
    },
    async (request, reply) => {
      const { file, label } = await tppWorkbook(deps, request.ctx(), request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="tpp-${safe(label)}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(file);
    },
  );
}

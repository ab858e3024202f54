import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ProgressEntryView } from '../src/domain/progress/view.js';
import type { Client, TestApp } from './helpers.js';
import { approvedPlan, newCycle, type IndicatorInput, type Team } from './planning-fixtures.js';

/** Factories for the progress (realisasi) and evidence tests. */

const dataDirs: string[] = [];
/** App settings with a temporary data directory of its own (evidence files), plus `extra`. */
export function progressAppEnv(extra: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'kinerja-progress-'));
  dataDirs.push(dir);
  return { KINERJA_DATA_DIR: dir, ...extra };
}
/** Removes the data directories made by `progressAppEnv` (for an `afterAll`). */
export function removeDataDirs() {
  for (const d of dataDirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The stored evidence files of the app (0 before the first upload made the directory). */
export function storedFileCount(t: TestApp) {
  const dir = join(t.config.dataDir, 'evidence');
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length;
}

/** The stored evidence paths (relative to the evidence directory). */
export function storedPaths(t: TestApp) {
  const dir = join(t.config.dataDir, 'evidence');
  return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String) : [];
}

/** What an upload left in the staging directory (nothing, when uploads clean up). */
export function stagedFiles(t: TestApp) {
  const dir = join(t.config.dataDir, 'tmp');
  return existsSync(dir) ? readdirSync(dir) : [];
}

/**
 * Four indicators of each kind: higher is better, lower is better, a target of 0, narrative. The patients are
 * counted (quantity → summed: 200 a year is 50 a quarter); the response time is a time (→ averaged: each quarter's
 * target is the year's 10 minutes).
 */
export const MIXED_INDICATORS: IndicatorInput[] = [
  { text: 'Pasien terlayani', target: 200, unit: 'pasien' },
  { text: 'Waktu tanggap keluhan', aspect: 'time', target: 10, unit: 'menit', direction: 'lower' },
  { text: 'Kasus gizi buruk baru', target: 0, unit: 'kasus', direction: 'lower' },
  { text: 'Laporan bulanan', target: null, targetText: 'Lengkap dan tepat waktu' },
];

/** A cycle of its own with the nurse's approved plan of the `MIXED_INDICATORS`. API (plan), database (cycle). */
export async function mixedPlan(t: TestApp, team: Team) {
  const cycle = await newCycle(t.database);
  return { cycle, plan: await approvedPlan(team, cycle.id, { indicators: MIXED_INDICATORS }) };
}

/** POST a progress entry (any body). */
export function recordProgress(client: Client, planId: string, body: Record<string, unknown>) {
  return client.post(`/work-plans/${planId}/progress`, body);
}

/** A progress entry recorded by `client` (the plan's owner) through the API; fails unless 201. */
export async function progressEntry(client: Client, planId: string, body: Record<string, unknown>) {
  const res = await recordProgress(client, planId, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json<ProgressEntryView>();
}

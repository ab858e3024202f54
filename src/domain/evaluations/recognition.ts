import { z } from 'zod';
import { str } from '../text.js';
import type { Predicate } from './matrix.js';

/**
 * Recognition (domain §7): the assessor nominates a final Sangat Baik for an award (penghargaan) or the talent pool;
 * HR or the agency head accepts or declines the nomination.
 */

export const NOMINATION_KINDS = ['award', 'talent_pool'] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];

export const NOMINATION_STATUSES = ['nominated', 'accepted', 'declined'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** Only a final Sangat Baik may be nominated. */
export const canBeNominated = (e: { status: 'draft' | 'final'; predicate: Predicate | null }) =>
  e.status === 'final' && e.predicate === 'sangat_baik';

export const NOMINATION_REASON_MAX = 4000;

export const createNominationSchema = z.object({
  reason: str().trim().min(1).max(NOMINATION_REASON_MAX),
  kind: z.enum(NOMINATION_KINDS).default('award'),
});
export type CreateNominationInput = z.input<typeof createNominationSchema>;

export const decideNominationSchema = z.object({
  status: z.enum(['accepted', 'declined']),
  note: str().trim().min(1).max(NOMINATION_REASON_MAX),
  version: z.int().positive().optional(),
});
export type DecideNominationInput = z.infer<typeof decideNominationSchema>;

export const nominationQuerySchema = z.object({
  status: z.enum(NOMINATION_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export const nominationViewSchema = z.object({
  id: z.string(),
  evaluationId: z.string(),
  periodLabel: z.string().nullable(),
  employeeId: z.string(),
  employeeName: z.string(),
  nip: z.string().nullable(),
  asnType: z.enum(['PNS', 'PPPK']).nullable(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  kind: z.enum(NOMINATION_KINDS),
  reason: z.string(),
  status: z.enum(NOMINATION_STATUSES),
  nominatedByName: z.string(),
  createdAt: z.string(),
  decisionNote: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  version: z.number(),
  can: z.object({ decide: z.boolean() }),
});
export type NominationView = z.infer<typeof nominationViewSchema>;

import type { Role } from '../../domain/permissions.js';

/** The demo accounts shown on the sign-in page in demo mode only (KINERJA_DEMO). */
export const DEMO_PASSWORD = 'kemuning2026';

export interface DemoAccount {
  username: string;
  role: 'hr_admin' | 'agency_head' | 'auditor' | 'unit_head' | 'supervisor' | 'employee';
  roles: Role[];
  /** which demo employee the account belongs to (by their key in the demo data), if any */
  employeeKey: string | null;
  description: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    username: 'admin.bkpsdm',
    role: 'hr_admin',
    roles: ['admin', 'hr_admin', 'employee'],
    employeeKey: 'bkpsdm-analis',
    description: 'Admin Kepegawaian (BKPSDM)',
  },
  {
    username: 'bupati',
    role: 'agency_head',
    roles: ['agency_head'],
    employeeKey: null,
    description: 'Pejabat Pembina Kepegawaian (Bupati Kemuning)',
  },
  {
    username: 'inspektorat',
    role: 'auditor',
    roles: ['auditor'],
    employeeKey: null,
    description: 'Auditor Inspektorat',
  },
  {
    username: 'kadinkes',
    role: 'unit_head',
    roles: ['employee'],
    employeeKey: 'dinkes-kepala',
    description: 'Kepala Dinas Kesehatan',
  },
  {
    username: 'kapus',
    role: 'supervisor',
    roles: ['employee'],
    employeeKey: 'puskesmas-kepala',
    description: 'Kepala Puskesmas Kemuning (atasan langsung)',
  },
  {
    username: 'perawat',
    role: 'employee',
    roles: ['employee'],
    employeeKey: 'puskesmas-perawat',
    description: 'Perawat Puskesmas Kemuning (pegawai)',
  },
];

/** Roles held by accounts (api.md). Being a supervisor is not a role: it follows from having subordinates. */
export const ROLES = ['admin', 'hr_admin', 'agency_head', 'auditor', 'employee'] as const;
export type Role = (typeof ROLES)[number];

/** Typed permission strings: `<verb>:<resource>[:<scope>]`. */
export const PERMISSIONS = {
  'manage:user': ['admin'],
  'manage:org': ['hr_admin'],
  'import:org': ['hr_admin'],
  /** move an employee to another unit/supervisor mid-cycle (mutasi): ends their plan, opens the next */
  'transfer:employee': ['hr_admin'],
  'read:audit': ['admin', 'auditor'],
  'read:org': ['admin', 'hr_admin', 'agency_head', 'auditor', 'employee'],
  'manage:cycles': ['hr_admin'],
  'read:cycles': ['admin', 'hr_admin', 'agency_head', 'auditor', 'employee'],
  'read:library': ['admin', 'hr_admin', 'agency_head', 'auditor', 'employee'],
  /** propose, comment, endorse (not the auditor, who writes nothing: issue 11) */
  'contribute:library': ['admin', 'hr_admin', 'agency_head', 'employee'],
  /** adopt or decline proposals (unit heads may too: that follows from the org chart, not a role) */
  'decide:library': ['hr_admin'],
  /** completion monitoring of every unit (unit heads see their own subtree: that follows from the org chart) */
  'read:monitoring': ['hr_admin', 'agency_head'],
  /** every plan, evaluation, objection, distribution and calibration board of the agency, read-only */
  'read:agency': ['hr_admin', 'agency_head', 'auditor'],
  /** support on any plan: create it for someone, set the leader's expectations, join the dialogue, override the
   * assessor. Not its content (results, indicators, approach, annex) nor an amendment: those are the employee's
   * own, agreed with the assessor (issue 11) */
  'support:work-plan': ['hr_admin'],
  /** reopen a final evaluation (with a reason) */
  'reopen:evaluation': ['hr_admin'],
  /** set the organisation predicate of any unit (heads of parent units may too: that follows from the org chart) */
  'set:org-predicate': ['hr_admin'],
  /** assess employees without a supervisor (the Sekda, a Kepala Dinas without one): approve or return their plans,
   * evaluate them, and set the organisation predicates of the top units */
  'assess:top': ['agency_head'],
  /** decide objections whose assessor has no superior in the org chart */
  'decide:objection:top': ['agency_head'],
  /** change the assessment rule settings */
  'manage:assessment-settings': ['admin', 'hr_admin'],
  /** every development plan of the agency */
  'read:development': ['hr_admin', 'agency_head'],
  /** the training catalogue (Katalog Pengembangan): everyone signed in reads the active programmes */
  'read:trainings': ['admin', 'hr_admin', 'agency_head', 'auditor', 'employee'],
  /** add, change, deactivate, import and export catalogue programmes (and list the inactive ones) */
  'manage:trainings': ['hr_admin'],
  /** the allowance (TPP) table and export, the credit-point (PAK) sheet, everyone's learning hours (issue 14) */
  'export:follow-up': ['hr_admin'],
  /** escalations of improvement periods (issue 14): HR reads, the agency head reads and decides */
  'read:escalations': ['hr_admin', 'agency_head'],
  'decide:escalation': ['agency_head'],
  /** recognition nominations: read and decided by HR and the agency head */
  'decide:nomination': ['hr_admin', 'agency_head'],
} as const satisfies Record<string, readonly Role[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly string[], permission: Permission): boolean {
  const allowed: readonly string[] = PERMISSIONS[permission];
  return roles.some((r) => allowed.includes(r));
}

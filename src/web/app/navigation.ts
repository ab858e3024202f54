import { can, type Permission } from '../../domain/permissions';

export interface NavItem {
  /** stable key: `nav-<key>` test id */
  key:
    | 'home'
    | 'my-plan'
    | 'plan-inbox'
    | 'team-matrix'
    | 'my-evaluations'
    | 'team-evaluations'
    | 'library'
    | 'monitoring'
    | 'follow-up-dashboard'
    | 'calibration'
    | 'org-predicates'
    | 'objections'
    | 'assessment-settings'
    | 'tpp-exports'
    | 'profile'
    | 'employees'
    | 'units'
    | 'cycles'
    | 'import'
    | 'trainings'
    | 'users'
    | 'audit'
    | 'escalations'
    | 'nominations';
  to: string;
  /** locale key of the label */
  label: string;
  /** null: every signed-in user */
  permission: Permission | null;
}

/** What the roles alone cannot tell: whether the account is an employee, and whether it leads anyone. */
export interface NavContext {
  /** the account is linked to an employee (has an SKP of its own) */
  employee: boolean;
  /** the employee is someone's assessor (direct reports, or plans waiting for them) */
  assessor: boolean;
  /** the employee has direct reports */
  leader: boolean;
  /** the completion monitoring API answers for this person (unit heads); HR and agency heads always may */
  monitoring?: boolean;
}

const NO_CONTEXT: NavContext = { employee: false, assessor: false, leader: false };

/** The navigation for a set of roles, in display order. */
export function navigationFor(roles: readonly string[], context: NavContext = NO_CONTEXT): NavItem[] {
  const hr = can(roles, 'manage:org');
  const items: Array<NavItem & { when?: boolean }> = [
    { key: 'home', to: '/', label: 'nav.home', permission: null },
    { key: 'my-plan', to: '/plans/mine', label: 'nav.myPlan', permission: null, when: context.employee },
    {
      key: 'plan-inbox',
      to: '/plans/inbox',
      label: 'nav.planInbox',
      permission: null,
      when: context.assessor,
    },
    {
      key: 'team-matrix',
      to: '/team/matrix',
      label: 'nav.teamMatrix',
      permission: null,
      when: context.leader,
    },
    {
      key: 'my-evaluations',
      to: '/evaluations/mine',
      label: 'nav.myEvaluations',
      permission: null,
      when: context.employee,
    },
    {
      key: 'team-evaluations',
      to: '/evaluations/team',
      label: 'nav.teamEvaluations',
      permission: null,
      when: context.assessor,
    },
    { key: 'library', to: '/library', label: 'nav.library', permission: null },
    {
      key: 'monitoring',
      to: '/monitoring',
      label: 'nav.monitoring',
      permission: null,
      when: hr || roles.includes('agency_head') || context.monitoring === true,
    },
    {
      // Dasbor Tindak Lanjut: agency-wide readers, and unit heads (the same people the monitoring probe finds)
      key: 'follow-up-dashboard',
      to: '/dashboards/follow-up',
      label: 'followUp.nav',
      permission: null,
      when: can(roles, 'read:agency') || context.monitoring === true,
    },
    {
      key: 'calibration',
      to: '/calibration',
      label: 'calibration.nav',
      permission: null,
      when: hr || roles.includes('agency_head') || roles.includes('auditor') || context.leader,
    },
    {
      key: 'org-predicates',
      to: '/org-predicates',
      label: 'orgPredicates.nav',
      permission: null,
      when: hr || roles.includes('agency_head') || context.leader,
    },
    {
      // the list holds the caller's own objections, those they decide or explain, or (read:agency) all of them:
      // an account without an employee record and without agency-wide reading would only ever see an empty list
      key: 'objections',
      to: '/objections',
      label: 'objections.nav',
      permission: null,
      when: context.employee || can(roles, 'read:agency') || can(roles, 'decide:objection:top'),
    },
    { key: 'escalations', to: '/escalations', label: 'escalations.nav', permission: 'read:escalations' },
    { key: 'nominations', to: '/nominations', label: 'nominations.nav', permission: 'decide:nomination' },
    { key: 'units', to: '/units', label: 'nav.units', permission: null },
    {
      key: 'employees',
      to: '/employees',
      label: hr ? 'nav.employeesManage' : 'nav.directory',
      permission: null,
    },
    { key: 'cycles', to: '/admin/cycles', label: 'nav.cycles', permission: 'manage:cycles' },
    { key: 'trainings', to: '/admin/trainings', label: 'trainings.nav', permission: 'manage:trainings' },
    {
      key: 'assessment-settings',
      to: '/settings/assessment',
      label: 'assessmentSettings.nav',
      permission: null,
      when: hr || roles.includes('admin'),
    },
    { key: 'tpp-exports', to: '/exports', label: 'tpp.nav', permission: 'export:follow-up' },
    { key: 'import', to: '/admin/import', label: 'nav.import', permission: 'import:org' },
    { key: 'users', to: '/admin/users', label: 'nav.users', permission: 'manage:user' },
    { key: 'audit', to: '/admin/audit', label: 'nav.audit', permission: 'read:audit' },
    { key: 'profile', to: '/profile', label: 'nav.profile', permission: null },
  ];
  return items
    .filter((item) => item.when !== false)
    .filter((item) => item.permission === null || can(roles, item.permission))
    .map(({ when: _when, ...item }) => item);
}

/** Whether the roles may open anything under /admin (used to tell 403 from 404 there). */
export function hasAnyAdminPage(roles: readonly string[]): boolean {
  return (
    ['import:org', 'manage:user', 'read:audit', 'manage:org', 'manage:cycles', 'manage:trainings'] as const
  ).some((p) => can(roles, p));
}

import { can, type Permission } from '../../domain/permissions';

export interface NavItem {
  /** stable key: `nav-<key>` test id */
  key: 'home' | 'profile' | 'employees' | 'units' | 'import' | 'users' | 'audit';
  to: string;
  /** locale key of the label */
  label: string;
  /** null: every signed-in user */
  permission: Permission | null;
}

/** The navigation for a set of roles, in display order. */
export function navigationFor(roles: readonly string[]): NavItem[] {
  const hr = can(roles, 'manage:org');
  const items: NavItem[] = [
    { key: 'home', to: '/', label: 'nav.home', permission: null },
    { key: 'units', to: '/units', label: 'nav.units', permission: null },
    {
      key: 'employees',
      to: '/employees',
      label: hr ? 'nav.employeesManage' : 'nav.directory',
      permission: null,
    },
    { key: 'import', to: '/admin/import', label: 'nav.import', permission: 'import:org' },
    { key: 'users', to: '/admin/users', label: 'nav.users', permission: 'manage:user' },
    { key: 'audit', to: '/admin/audit', label: 'nav.audit', permission: 'read:audit' },
    { key: 'profile', to: '/profile', label: 'nav.profile', permission: null },
  ];
  return items.filter((item) => item.permission === null || can(roles, item.permission));
}

/** Whether the roles may open anything under /admin (used to tell 403 from 404 there). */
export function hasAnyAdminPage(roles: readonly string[]): boolean {
  return (['import:org', 'manage:user', 'read:audit', 'manage:org'] as const).some((p) => can(roles, p));
}

import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { ForbiddenPage, NotFoundPage, RouteErrorPage } from '../components/StatusPages';
import { LoginPage } from '../features/auth';
import { RequireSettingsAccess } from '../features/assessment-settings';
import { AdminFallback, RequireAuth, RequirePermission } from './guards';
import { AppLayout, HomePage } from './shell';

// Every page but sign-in loads on demand (the signed-in frame and Beranda too: ./shell), so the first screen on a
// slow phone stays small;
// admin pages are only fetched by people allowed to open them (the guard renders before the page).
const ProfilePage = lazy(() => import('../features/profile/routes/ProfilePage'));
const UnitsPage = lazy(() => import('../features/units/routes/UnitsPage'));
const EmployeesPage = lazy(() => import('../features/employees/routes/EmployeesPage'));
const EmployeeDetailPage = lazy(() => import('../features/employees/routes/EmployeeDetailPage'));
const ImportPage = lazy(() => import('../features/imports/routes/ImportPage'));
const UsersPage = lazy(() => import('../features/users/routes/UsersPage'));
const AuditPage = lazy(() => import('../features/audit/routes/AuditPage'));
const EmployeeCreatePage = lazy(() => import('../features/employees/routes/EmployeeCreatePage'));
const MyPlanPage = lazy(() => import('../features/work-plans/routes/MyPlanPage'));
const InboxPage = lazy(() => import('../features/work-plans/routes/InboxPage'));
const PlanPage = lazy(() => import('../features/work-plans/routes/PlanPage'));
const TeamMatrixPage = lazy(() => import('../features/team/routes/TeamMatrixPage'));
const LibraryPage = lazy(() => import('../features/library/routes/LibraryPage'));
const TemplatePage = lazy(() => import('../features/library/routes/TemplatePage'));
const CyclesPage = lazy(() => import('../features/cycles/routes/CyclesPage'));
const CyclePage = lazy(() => import('../features/cycles/routes/CyclePage'));
const ProgressNewPage = lazy(() => import('../features/progress/routes/ProgressNewPage'));
const MonitoringPage = lazy(() => import('../features/monitoring/routes/MonitoringPage'));
const CalibrationPage = lazy(() => import('../features/calibration/routes/CalibrationPage'));
const OrgPredicatesPage = lazy(() => import('../features/calibration/routes/OrgPredicatesPage'));
const ObjectionsPage = lazy(() => import('../features/objections/routes/ObjectionsPage'));
const ObjectionPage = lazy(() => import('../features/objections/routes/ObjectionPage'));
const AssessmentSettingsPage = lazy(
  () => import('../features/assessment-settings/routes/AssessmentSettingsPage'),
);
const TeamEvaluationsPage = lazy(() => import('../features/evaluations/routes/TeamEvaluationsPage'));
const MyEvaluationsPage = lazy(() => import('../features/evaluations/routes/MyEvaluationsPage'));
const EvaluationPage = lazy(() => import('../features/evaluations/routes/EvaluationPage'));
const TrainingsPage = lazy(() => import('../features/trainings/routes/TrainingsPage'));
const DevelopmentPlanPage = lazy(() => import('../features/development/routes/DevelopmentPlanPage'));
const FollowUpExportsPage = lazy(() => import('../features/ledger/routes/FollowUpExportsPage'));
const EscalationsPage = lazy(() => import('../features/escalations/routes/EscalationsPage'));
const EscalationPage = lazy(() => import('../features/escalations/routes/EscalationPage'));
const NominationsPage = lazy(() => import('../features/nominations/routes/NominationsPage'));
const FollowUpDashboardPage = lazy(
  () => import('../features/follow-up-dashboard/routes/FollowUpDashboardPage'),
);

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppLayout />,
        errorElement: <RouteErrorPage />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'profile', element: <ProfilePage /> },
          { path: 'units', element: <UnitsPage /> },
          { path: 'employees', element: <EmployeesPage /> },
          { path: 'employees/:id', element: <EmployeeDetailPage /> },
          { path: 'plans/mine', element: <MyPlanPage /> },
          { path: 'plans/inbox', element: <InboxPage /> },
          { path: 'plans/:id', element: <PlanPage /> },
          { path: 'plans/:id/progress/new', element: <ProgressNewPage /> },
          { path: 'monitoring', element: <MonitoringPage /> },
          { path: 'dashboards/follow-up', element: <FollowUpDashboardPage /> },
          { path: 'calibration', element: <CalibrationPage /> },
          { path: 'org-predicates', element: <OrgPredicatesPage /> },
          { path: 'objections', element: <ObjectionsPage /> },
          { path: 'objections/:id', element: <ObjectionPage /> },
          {
            path: 'settings/assessment',
            element: (
              <RequireSettingsAccess>
                <AssessmentSettingsPage />
              </RequireSettingsAccess>
            ),
          },
          { path: 'evaluations/team', element: <TeamEvaluationsPage /> },
          { path: 'evaluations/mine', element: <MyEvaluationsPage /> },
          { path: 'evaluations/:id', element: <EvaluationPage /> },
          { path: 'development-plans/:id', element: <DevelopmentPlanPage /> },
          {
            path: 'exports',
            element: (
              <RequirePermission permission="export:follow-up">
                <FollowUpExportsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'escalations',
            element: (
              <RequirePermission permission="read:escalations">
                <EscalationsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'escalations/:id',
            element: (
              <RequirePermission permission="read:escalations">
                <EscalationPage />
              </RequirePermission>
            ),
          },
          {
            path: 'nominations',
            element: (
              <RequirePermission permission="decide:nomination">
                <NominationsPage />
              </RequirePermission>
            ),
          },
          { path: 'team/matrix', element: <TeamMatrixPage /> },
          { path: 'library', element: <LibraryPage /> },
          { path: 'library/:id', element: <TemplatePage /> },
          {
            path: 'admin/employees/new',
            element: (
              <RequirePermission permission="manage:org">
                <EmployeeCreatePage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/import',
            element: (
              <RequirePermission permission="import:org">
                <ImportPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/trainings',
            element: (
              <RequirePermission permission="manage:trainings">
                <TrainingsPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/users',
            element: (
              <RequirePermission permission="manage:user">
                <UsersPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/audit',
            element: (
              <RequirePermission permission="read:audit">
                <AuditPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/cycles',
            element: (
              <RequirePermission permission="manage:cycles">
                <CyclesPage />
              </RequirePermission>
            ),
          },
          {
            path: 'admin/cycles/:id',
            element: (
              <RequirePermission permission="manage:cycles">
                <CyclePage />
              </RequirePermission>
            ),
          },
          { path: 'admin/*', element: <AdminFallback /> },
          { path: 'forbidden', element: <ForbiddenPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

import { Center, Container } from '@mantine/core';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '../../domain/permissions';
import { ErrorState } from '../components/ErrorState';
import { PageSkeleton } from '../components/Skeletons';
import { ForbiddenPage, NotFoundPage } from '../components/StatusPages';
import { useAuth, useCan } from '../lib/auth';
import { hasAnyAdminPage } from './navigation';
import { preloadShell } from './shell';

/** What a signed-in page shows while the session or the frame's code loads: the same skeleton, no flash. */
function ShellSkeleton() {
  return (
    <Container size="md" py="xl">
      <PageSkeleton />
    </Container>
  );
}

/** Loaded only for an account that must enrol a second factor now (it brings the QR code library). */
const MfaEnrolmentPage = lazy(() => import('../features/profile/routes/MfaEnrolmentPage'));

/** Signed-in users only; others go to /login and come back afterwards. */
export function RequireAuth() {
  const { user, isLoading, error, retry, mfa } = useAuth();
  const location = useLocation();
  // the frame's code downloads while the session is checked, not after
  useEffect(preloadShell, []);
  if (isLoading) return <ShellSkeleton />;
  if (error) {
    return (
      <Center mih="60vh" p="md">
        <ErrorState error={error} onRetry={retry} />
      </Center>
    );
  }
  if (!user) {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  // past the grace period for a required second factor, only enrolling is possible
  if (mfa?.blocked)
    return (
      <Suspense fallback={<ShellSkeleton />}>
        <MfaEnrolmentPage />
      </Suspense>
    );
  return (
    <Suspense fallback={<ShellSkeleton />}>
      <Outlet />
    </Suspense>
  );
}

/**
 * Renders the page only for holders of the permission; everyone else sees "Akses ditolak". The page's
 * (lazy) code is not even loaded for them.
 */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const allowed = useCan(permission);
  return allowed ? <>{children}</> : <ForbiddenPage />;
}

/** Unknown /admin/... paths: 404 for people with admin pages, 403 for everyone else. */
export function AdminFallback() {
  const { user } = useAuth();
  return user && hasAnyAdminPage(user.roles) ? <NotFoundPage /> : <ForbiddenPage />;
}

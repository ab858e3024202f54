import { lazy } from 'react';

// The signed-in frame (header, navigation, notifications) and Beranda load on demand: the sign-in page, the first
// screen on a phone, needs neither (issue 12: initial JS ≤ 250 KB gzip).
const loadAppLayout = () => import('./AppLayout');
const loadHomePage = () => import('../features/home/routes/HomePage');

export const AppLayout = lazy(() => loadAppLayout().then((m) => ({ default: m.AppLayout })));
export const HomePage = lazy(() => loadHomePage().then((m) => ({ default: m.HomePage })));

/**
 * Starts fetching the frame and Beranda without showing them: while the session is checked, or while someone
 * types their password, so the first signed-in screen does not wait for them afterwards.
 */
export function preloadShell(): void {
  void loadAppLayout().catch(() => undefined);
  void loadHomePage().catch(() => undefined);
}

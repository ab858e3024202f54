import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DISTRIBUTION_RULES } from '../../../../domain/evaluations/distribution';
import type { AssessmentSettingsView } from '../../../../domain/evaluations/view';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { RequireSettingsAccess } from '../components/RequireSettingsAccess';
import { AssessmentSettingsPage } from './AssessmentSettingsPage';

const rules = JSON.parse(
  JSON.stringify(DEFAULT_DISTRIBUTION_RULES),
) as AssessmentSettingsView['distributionRules'];
const defaults = {
  distributionRules: rules,
  annualSuggestion: 'latest' as const,
  leaderRule: 'binding' as const,
  objectionWindowDays: 14,
  finalizeDaysBefore: 5,
  explanationWorkingDays: 5,
  objectionDecisionDays: 14,
};
const view: AssessmentSettingsView = {
  ...defaults,
  distributionRules: { ...rules, istimewa: [{ rule: 'max', predicates: ['sangat_baik'], percent: 50 }] },
  objectionWindowDays: 21,
  leaderRule: 'offered',
  finalizeDaysBefore: 3,
  version: 3,
  updatedAt: '2026-11-01T02:00:00Z',
  defaults,
};

const page = [
  {
    path: '/settings/assessment',
    element: (
      <RequireSettingsAccess>
        <AssessmentSettingsPage />
      </RequireSettingsAccess>
    ),
  },
];

describe('AssessmentSettingsPage', () => {
  it('when a percentage above 100 is entered, then the form refuses it on the field and sends nothing', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['hr_admin'])),
      { path: '/settings/assessment', body: view },
      { method: 'PUT', path: '/settings/assessment', body: { ...view, version: 4 } },
    ]);
    renderRoutes(page, '/settings/assessment');
    const amount = await screen.findByTestId('settings-rule-istimewa-0-amount', {}, { timeout: 5000 });
    expect((amount as HTMLInputElement).value).toBe('50');
    expect(screen.getByTestId('settings-rule-istimewa-0-text').textContent).toBe(
      'Sangat Baik paling banyak 50%',
    );

    fireEvent.change(amount, { target: { value: '150' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    expect(await screen.findByText('Persentase harus antara 0 dan 100.')).toBeTruthy();
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);

    fireEvent.change(screen.getByTestId('settings-rule-istimewa-0-amount'), { target: { value: '80' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const body = calls.find((c) => c.method === 'PUT')?.body as Record<string, unknown>;
    expect(body.version).toBe(3);
    expect(body.objectionWindowDays).toBe(21);
    expect((body.distributionRules as typeof rules).istimewa).toEqual([
      { rule: 'max', predicates: ['sangat_baik'], percent: 80 },
    ]);
    expect((body.distributionRules as typeof rules).baik).toEqual(DEFAULT_DISTRIBUTION_RULES.baik);
  });

  it('when "Kembalikan ke bawaan" is pressed, then the defaults of the response fill the form', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['admin'])),
      { path: '/settings/assessment', body: view },
      { method: 'PUT', path: '/settings/assessment', body: { ...view, version: 4 } },
    ]);
    renderRoutes(page, '/settings/assessment');
    fireEvent.click(await screen.findByTestId('settings-reset', {}, { timeout: 5000 }));
    await waitFor(() =>
      expect((screen.getByTestId('settings-rule-istimewa-0-amount') as HTMLInputElement).value).toBe('70'),
    );
    expect((screen.getByTestId('settings-objectionWindowDays') as HTMLInputElement).value).toBe('14');
    expect((screen.getByTestId('settings-finalizeDaysBefore') as HTMLInputElement).value).toBe('5');
    expect((screen.getByTestId('settings-leader-rule-binding') as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('settings-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ ...defaults, version: 3 });
  });

  it('when an employee opens the page, then access is refused and the rules are not loaded', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['employee'])),
      { path: '/settings/assessment', body: view },
    ]);
    renderRoutes(page, '/settings/assessment');
    expect(await screen.findByTestId('forbidden-page')).toBeTruthy();
    expect(calls.some((c) => c.url.includes('/settings/assessment'))).toBe(false);
  });
});

describe('AssessmentSettingsPage write conflict', () => {
  it('when someone saved first (409), then both versions show beside the differing field, the typing kept; "keep mine" saves over theirs', async () => {
    const getRoute = { path: '/settings/assessment', body: view as unknown };
    const putRoute = {
      method: 'PUT',
      path: '/settings/assessment',
      status: 409,
      body: { error: { code: 'CONFLICT', message: 'Sudah diubah orang lain.', requestId: 't' } } as unknown,
    };
    const calls = mockApi([sessionRoute(sessionFor(['hr_admin'])), getRoute, putRoute]);
    renderRoutes(page, '/settings/assessment');
    const days = await screen.findByTestId('settings-objectionWindowDays', {}, { timeout: 5000 });
    // meanwhile another HR officer changed the decision deadline (version 4)
    getRoute.body = { ...view, objectionDecisionDays: 30, version: 4 };
    fireEvent.change(days, { target: { value: '28' } });
    fireEvent.click(screen.getByTestId('settings-save'));

    const slot = await screen.findByTestId('settings-conflict-slot', {}, { timeout: 5000 });
    expect(slot.getAttribute('data-field')).toBe('objectionWindowDays');
    expect(screen.getByTestId('settings-conflict-mine').textContent).toContain('28');
    expect(screen.getByTestId('settings-conflict-theirs').textContent).toContain('21');
    expect(screen.getByTestId('settings-conflict-theirs').textContent).toContain('30');
    expect((screen.getByTestId('settings-objectionWindowDays') as HTMLInputElement).value).toBe('28');

    putRoute.status = 200;
    putRoute.body = { ...view, objectionWindowDays: 28, version: 5 };
    fireEvent.click(screen.getByTestId('settings-conflict-keep-mine'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(2));
    const body = calls.filter((c) => c.method === 'PUT')[1]?.body as Record<string, unknown>;
    expect(body.version).toBe(4);
    expect(body.objectionWindowDays).toBe(28);
  });
});

import { screen, waitFor } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockApi, renderWithProviders } from '../../../test/utils';
import type { ImprovementPeriodView } from '../api/list-improvement-periods';
import { ImprovementBanner } from './ImprovementBanner';

const period = (over: Partial<ImprovementPeriodView>): ImprovementPeriodView => ({
  id: 'p-1',
  employeeId: 'e-1',
  evaluationId: 'ev-1',
  periodLabel: 'Tahunan 2026',
  predicate: 'kurang',
  developmentPlanId: 'dp-1',
  startDate: '2026-11-30',
  endDate: '2027-05-29',
  status: 'open',
  closedAt: null,
  note: null,
  escalations: [],
  ...over,
});

const render = () =>
  renderWithProviders(
    <MemoryRouter>
      <ImprovementBanner employeeId="e-1" />
    </MemoryRouter>,
  );

describe('ImprovementBanner', () => {
  it('when a period is open, then its dates and the link to its development plan are shown', async () => {
    mockApi([{ path: '/employees/e-1/improvement-periods', body: { items: [period({})] } }]);
    render();
    const banner = await screen.findByTestId('improvement-banner-p-1');
    expect(banner.textContent).toContain('30 November 2026');
    expect(banner.textContent).toContain('29 Mei 2027');
    expect(screen.getByTestId('improvement-plan-link').getAttribute('href')).toBe('/development-plans/dp-1');
  });

  it('when the period was escalated and decided, then the decision is shown to the employee', async () => {
    mockApi([
      {
        path: '/employees/e-1/improvement-periods',
        body: {
          items: [
            period({
              status: 'escalated',
              escalations: [
                {
                  id: 'x-1',
                  status: 'decided',
                  decision: 'further_development',
                  note: 'Coaching tiga bulan.',
                  decidedAt: '2027-04-05T03:00:00Z',
                },
              ],
            }),
          ],
        },
      },
    ]);
    render();
    const decision = await screen.findByTestId('improvement-decision');
    expect(decision.textContent).toContain('Pengembangan kompetensi lanjutan');
    expect(decision.textContent).toContain('Coaching tiga bulan.');
  });

  it('when the only periods have passed or were closed, then nothing is shown', async () => {
    const calls = mockApi([
      {
        path: '/employees/e-1/improvement-periods',
        body: { items: [period({ status: 'passed' }), period({ id: 'p-2', status: 'closed' })] },
      },
    ]);
    render();
    await waitFor(() => expect(calls.some((c) => c.url.includes('/improvement-periods'))).toBe(true));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('improvement-banner')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ObjectionView } from '../../../../domain/evaluations/view';
import type { ReactNode } from 'react';
import { useAuth } from '../../../lib/auth';
import { mockApi, renderRoutes, sessionFor, sessionRoute } from '../../../test/utils';
import { TaskList } from './TaskList';

const open = (id: string, decisionDueOn: string): ObjectionView => ({
  id,
  evaluationId: `ev-${id}`,
  employeeId: 'e-1',
  employeeName: 'Ani Lestari',
  periodLabel: 'Triwulan 3 2026',
  deciderId: 'e-9',
  deciderName: 'Kepala Dinas',
  reason: 'Capaian tidak diperhitungkan.',
  status: 'filed',
  explanationRequest: null,
  explanationsRequestedAt: null,
  employeeExplanation: null,
  employeeExplainedAt: null,
  assessorExplanation: null,
  assessorExplainedAt: null,
  outcome: null,
  note: null,
  before: { resultRating: 'meets', behaviourRating: 'meets', predicate: 'baik' },
  after: null,
  filedAt: '2026-11-20T02:00:00Z',
  decisionDueOn,
  explanationsDueOn: null,
  readyToDecide: false,
  awaiting: [],
  decidedAt: null,
  decidedByName: null,
  can: { requestExplanations: true, explainAsEmployee: false, explainAsAssessor: false, decide: false },
  version: 1,
});

/** Renders once the session is loaded (the app's RequireAuth does this). */
function SignedIn({ children }: { children: ReactNode }) {
  return useAuth().user ? children : null;
}

describe('TaskList objections', () => {
  it('when objections await the caller’s decision, then Beranda counts them with the nearest deadline', async () => {
    mockApi([
      sessionRoute(sessionFor(['employee'], 'e-9')),
      { path: '/cycles/current', body: null },
      { path: '/work-plans', body: { items: [], total: 0 } },
      {
        path: '/objections',
        body: { items: [open('o-1', '2026-12-10'), open('o-2', '2026-12-04')], total: 2 },
      },
    ]);
    renderRoutes(
      [
        {
          path: '/',
          element: (
            <SignedIn>
              <TaskList />
            </SignedIn>
          ),
        },
      ],
      '/',
    );
    const task = await screen.findByTestId('home-task-objection-decide', {}, { timeout: 5000 });
    expect(task.textContent).toContain('2 keberatan menunggu keputusan Anda; batas terdekat 4 Desember 2026');
    expect(screen.queryByTestId('home-task-objection')).toBeNull();
  });
});

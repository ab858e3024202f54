import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HomeTask } from '../../../../domain/home/view';
import { renderRoutes } from '../../../test/utils';
import { TaskList } from './TaskList';

const task = (over: Partial<HomeTask>): HomeTask => ({
  kind: 'progress.record',
  count: 1,
  dueDate: null,
  periodId: null,
  periodLabel: null,
  status: null,
  href: '/',
  severity: 'info',
  ...over,
});

const render = (tasks: HomeTask[]) => renderRoutes([{ path: '/', element: <TaskList tasks={tasks} /> }], '/');

describe('TaskList', () => {
  it('when the current month is unreported and earlier months are missing, then each shows its count, deadline and one link, the current one first', async () => {
    render([
      task({
        periodId: 'nov',
        periodLabel: 'November 2026',
        dueDate: '2026-12-01',
        severity: 'due',
        href: '/plans/p-1/progress/new?periodId=nov',
      }),
      task({
        count: 10,
        periodId: 'jan',
        periodLabel: 'Januari 2026',
        dueDate: '2026-02-05',
        severity: 'overdue',
        href: '/plans/p-1/progress/new?periodId=jan',
      }),
      task({ kind: 'plans.approve', count: 2, href: '/plans/inbox', severity: 'due', dueDate: '2026-12-04' }),
    ]);
    const items = await screen.findAllByTestId('home-task');
    expect(items).toHaveLength(3);
    expect(items[0]!.textContent).toContain('Catat realisasi November 2026.');
    expect(items[0]!.textContent).toContain('Batas 1 Desember 2026');
    expect(within(items[0]!).getByTestId('home-task-action').getAttribute('href')).toBe(
      '/plans/p-1/progress/new?periodId=nov',
    );
    expect(items[1]!.textContent).toContain('10 periode belum ada realisasinya, mulai Januari 2026.');
    expect(items[1]!.textContent).toContain('Lewat batas 5 Februari 2026');
    expect(items[1]!.getAttribute('data-severity')).toBe('overdue');
    expect(items[2]!.textContent).toContain('2 SKP menunggu persetujuan Anda.');
    expect(within(items[2]!).getByTestId('home-task-action').getAttribute('href')).toBe('/plans/inbox');
  });

  it('when nothing is due, then it says all is done', async () => {
    render([]);
    expect((await screen.findByTestId('home-tasks-empty')).textContent).toBe(
      'Tidak ada tugas — semua beres.',
    );
  });
});

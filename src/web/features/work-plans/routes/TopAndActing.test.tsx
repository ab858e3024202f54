import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../app/router';
import { mockApi, renderRoutes, sessionFor, sessionRoute, type MockRoute } from '../../../test/utils';
import { EMPLOYEE_ID, PLAN_ID, plan } from '../test/fixtures';
import type { WorkPlanListItem, WorkPlanView } from '../types';

const empty = { items: [], total: 0 };

function planRoutes(view: WorkPlanView, extra: MockRoute[] = []): MockRoute[] {
  return [
    ...extra,
    { path: `/work-plans/${PLAN_ID}`, body: view },
    { path: `/work-plans/${PLAN_ID}/comments`, body: { items: [] } },
    { path: `/work-plans/${PLAN_ID}/versions`, body: { items: [] } },
    { path: `/work-plans/${PLAN_ID}/changes`, body: { base: null, target: 'current', changes: [] } },
    { path: `/work-plans/${PLAN_ID}/parent-options`, body: { plan: null } },
    { path: '/work-plans', body: empty },
    { path: '/employees', body: empty },
  ];
}

describe('SKP editor: JPT perspective and functional level (issue 10)', () => {
  it('when a JPT employee saves an indicator without perspective, then the form asks for it and sends nothing', async () => {
    const base = plan();
    const jpt = plan({ employee: { ...base.employee, positionType: 'jpt' }, usesPerspective: true });
    const calls = mockApi([sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)), ...planRoutes(jpt)]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    fireEvent.click(await screen.findByTestId('indicator-add', {}, { timeout: 5000 }));
    const select = await screen.findByTestId<HTMLSelectElement>('indicator-perspective');
    expect(select.required).toBe(true);
    fireEvent.change(screen.getByTestId('indicator-text'), { target: { value: 'Angka kematian ibu' } });
    fireEvent.change(screen.getByTestId('indicator-target'), { target: { value: '90' } });
    fireEvent.click(screen.getByTestId('indicator-save'));
    expect(
      await screen.findByText(
        'Perspektif wajib diisi untuk SKP Jabatan Pimpinan Tinggi.',
        {},
        { timeout: 5000 },
      ),
    ).toBeTruthy();
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/indicators'))).toBe(false);
  });

  it('when a unit head (not JPT) adds an indicator, then the perspective stays optional', async () => {
    const head = plan({ usesPerspective: true });
    mockApi([sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)), ...planRoutes(head)]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    fireEvent.click(await screen.findByTestId('indicator-add', {}, { timeout: 5000 }));
    const select = await screen.findByTestId<HTMLSelectElement>('indicator-perspective');
    expect(select.required).toBe(false);
  });

  it('when the plan belongs to a functional position, then its level is shown with the position', async () => {
    const base = plan();
    const functional = plan({ employee: { ...base.employee, functionalLevel: 'terampil' } });
    mockApi([sessionRoute(sessionFor(['employee'], EMPLOYEE_ID)), ...planRoutes(functional)]);
    renderRoutes(routes, `/plans/${PLAN_ID}`);
    const employee = await screen.findByTestId('plan-employee', {}, { timeout: 5000 });
    expect(employee.textContent).toContain('Perawat Terampil (jenjang Terampil)');
  });
});

describe('Persetujuan SKP for the agency head (issue 10)', () => {
  const item: WorkPlanListItem = {
    id: PLAN_ID,
    cycleId: 'c-1',
    employeeId: 'sekda',
    employeeName: 'Ir. Sekretaris Daerah',
    employeeNip: '196801011990031001',
    unitId: 'u-setda',
    unitName: 'Sekretariat Daerah',
    startDate: '2026-01-01',
    endDate: null,
    ended: false,
    assessorId: null,
    status: 'submitted',
    approach: 'quantitative',
    revision: 1,
    isCurrent: true,
    resultCount: 2,
    pendingLinks: 0,
    submittedAt: '2026-01-20T03:00:00Z',
    approvedAt: null,
    updatedAt: '2026-01-20T03:00:00Z',
  };

  it('when the bupati (no employee record) opens the inbox, then the plans they assess are listed', async () => {
    const calls = mockApi([
      sessionRoute(sessionFor(['agency_head'], null)),
      { path: '/work-plans', body: { items: [item], total: 1 } },
    ]);
    renderRoutes(routes, '/plans/inbox');
    const found = await screen.findAllByTestId('inbox-item', {}, { timeout: 5000 });
    expect(found[0]?.textContent).toContain('Ir. Sekretaris Daerah');
    await waitFor(() =>
      expect(calls.some((c) => c.url.includes('/work-plans') && c.url.includes('assessedBy=me'))).toBe(true),
    );
    expect(screen.getByTestId('nav-plan-inbox')).toBeTruthy();
  });
});

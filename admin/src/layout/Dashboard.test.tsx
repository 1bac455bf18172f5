import { render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import type { Role } from '../generated/graphql';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { aDashboard } from '../testing/surveyBuilders';
import { slow } from '../testing/timeouts';

/** The dashboard over the API's figures for the district, or (as a school admin) for sch_1. */
function renderDashboard(role: Role) {
  const dataProvider = anInMemoryDataProvider({
    dashboards: [aDashboard(), aDashboard({ id: 'sch_1', schoolId: 'sch_1', schoolsWithComplianceProblems: [] })],
  });
  window.location.hash = '#/';
  render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider(role)} loginPage={LocalLoginPage} />);
  return dataProvider;
}

const hrefOf = (element: HTMLElement) => decodeURIComponent(element.getAttribute('href') ?? '');

describe('dashboard', () => {
  // recharts sizes its charts with a ResizeObserver, which jsdom lacks.
  beforeEach(() =>
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    ),
  );
  afterEach(() => vi.unstubAllGlobals());

  it('shows the district’s figures, each linking to its filtered list', async () => {
    const dataProvider = renderDashboard('DISTRICT_ADMIN');
    const compliance = await screen.findByRole('region', { name: '合规问题' }, slow);
    expect(hrefOf(within(compliance).getByRole('link', { name: /育才民办小学/ }))).toBe('#/compliance?schoolId=sch_4&termId=trm_4');
    const providers = screen.getByRole('region', { name: '校外机构' });
    expect(hrefOf(within(providers).getByRole('link', { name: '已申请 1' }))).toBe('#/providers?filter={"status":"APPLIED"}');
    const contracts = screen.getByRole('region', { name: '30 天内到期的协议' });
    expect(within(contracts).getByText('2')).toBeTruthy();
    expect(hrefOf(within(contracts).getByRole('link'))).toBe('#/contracts?filter={"expiringSoon":true}');
    const evaluations = screen.getByRole('region', { name: '低于退出分数线的评价' });
    expect(hrefOf(within(evaluations).getByRole('link', { name: /墨香书法艺术工作室/ }))).toBe('#/evaluations/evl_1/show');
    const exits = screen.getByRole('region', { name: '进行中的退出案件' });
    expect(hrefOf(within(exits).getByRole('link', { name: '待决定' }))).toBe('#/providerExits?filter={"status":"OPEN"}');
    const satisfaction = screen.getByRole('region', { name: '各校满意度' });
    expect(within(satisfaction).getByText('58.0%')).toBeTruthy();
    expect(hrefOf(within(satisfaction).getByRole('link', { name: '查看问卷结果' }))).toBe('#/surveys/srv_1/results?groupBy=SCHOOL');
    expect(dataProvider.calls).toContainEqual(['getOne', 'dashboards', expect.objectContaining({ id: 'district' })]);
  });

  it('gives a school admin their school’s version, without district-only figures, linking to their school’s slice', async () => {
    const dataProvider = renderDashboard('SCHOOL_ADMIN');
    const compliance = await screen.findByRole('region', { name: '合规问题' }, slow);
    expect(within(compliance).getByText(/均符合区级政策/)).toBeTruthy();
    const providers = screen.getByRole('region', { name: '校外机构' });
    expect(
      within(providers)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['已准入 3']);
    expect(screen.queryByRole('region', { name: '30 天内到期的机构资质' })).toBeNull();
    // The district survey's results as the school's slice (no grouping: the slice is one school).
    expect(screen.getByRole('link', { name: '查看问卷结果' }).getAttribute('href')).toBe('#/surveys/srv_1/results');
    expect(dataProvider.calls).toContainEqual(['getOne', 'dashboards', expect.objectContaining({ id: 'sch_1' })]);
  });

  it.each([
    ['TEACHER', '打开教师端（/m/teacher）', '/m/teacher'],
    ['PARENT', '打开家长端（/m/parent）', '/m/parent'],
  ] as const)('sends a %s who signed in to the console on to their phone page with one link', async (role, name, href) => {
    renderDashboard(role);
    expect((await screen.findByRole('link', { name }, slow)).getAttribute('href')).toBe(href);
  });
});

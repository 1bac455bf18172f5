import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import type { Operation } from '../dataProvider/operation';
import type { Role } from '../generated/graphql';
import { aTerm } from '../testing/builders';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { aDashboard } from '../testing/surveyBuilders';
import { slow } from '../testing/timeouts';

const operationName = (op: Operation<unknown>) => (op.query.definitions[0] as { name: { value: string } }).name.value;
const hrefOf = (element: HTMLElement) => decodeURIComponent(element.getAttribute('href') ?? '');

const overview = {
  id: 'current',
  schoolYear: null,
  semester: null,
  recomputedCount: 1,
  rules: [
    { code: 'SHORT_DAY', seed: '篇二', title: '每日服务时长', explanation: '篇二「每天课后服务时间不少于2小时」。' },
    { code: 'DAY_WITHOUT_CARE_LOG', seed: '篇五', title: '课后看护日志', explanation: '篇五「课后看护日志」。' },
  ],
  rows: [
    {
      schoolId: 'sch_1',
      termId: 'trm_1',
      compliant: true,
      issueCount: 0,
      computedAt: '2026-11-30T00:00:00Z',
      school: { id: 'sch_1', name: '城关第一实验小学', code: 'CG-001' },
      term: { id: 'trm_1', schoolYear: '2026-2027', semester: 1 },
      cells: [
        { code: 'SHORT_DAY', status: 'PASSED', issueCount: 0 },
        { code: 'DAY_WITHOUT_CARE_LOG', status: 'NOT_CHECKED', issueCount: 0 },
      ],
    },
    {
      schoolId: 'sch_4',
      termId: 'trm_4',
      compliant: false,
      issueCount: 2,
      computedAt: '2026-11-30T00:00:00Z',
      school: { id: 'sch_4', name: '育才民办小学', code: 'YC-004' },
      term: { id: 'trm_4', schoolYear: '2026-2027', semester: 1 },
      cells: [
        { code: 'SHORT_DAY', status: 'FAILED', issueCount: 2 },
        { code: 'DAY_WITHOUT_CARE_LOG', status: 'NOT_CHECKED', issueCount: 0 },
      ],
    },
  ],
};

/** October 2026 as the API's calendar service answers it: the 1st a holiday, Saturday the 10th a make-up day. */
function october() {
  const weekdays = ['THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY'] as const;
  return Array.from({ length: 31 }, (_, i) => {
    const date = `2026-10-${String(i + 1).padStart(2, '0')}`;
    const weekday = weekdays[i % 7];
    const weekend = weekday === 'SATURDAY' || weekday === 'SUNDAY';
    const kind = date === '2026-10-01' ? 'EXCLUDED' : date === '2026-10-10' ? 'MAKE_UP_DAY' : weekend ? 'NO_SERVICE_WEEKDAY' : 'SERVICE_DAY';
    const timetableWeekday = kind === 'MAKE_UP_DAY' ? 'FRIDAY' : kind === 'SERVICE_DAY' ? weekday : null;
    return { date, weekday, kind, serviceDay: timetableWeekday !== null, timetableWeekday, note: null };
  });
}

function renderAt(hash: string, role: Role, records: Record<string, object[]>, execute = vi.fn()) {
  const dataProvider = Object.assign(anInMemoryDataProvider(records as never), { execute });
  window.location.hash = hash;
  render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider(role)} loginPage={LocalLoginPage} />);
  return dataProvider;
}

describe('supervision pages', () => {
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

  it('shows the district overview school × rule, schools with findings first, each linking to its report', async () => {
    renderAt('#/complianceOverview', 'DISTRICT_ADMIN', { complianceOverviews: [overview] });
    const table = await screen.findByRole('table', { name: '全区合规总览' }, slow);
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0]).getByText('服务时长不足')).toBeTruthy();
    expect(hrefOf(within(rows[1]).getByRole('link', { name: '育才民办小学' }))).toBe('#/compliance?schoolId=sch_4&termId=trm_4');
    expect(within(rows[1]).getByText('2')).toBeTruthy();
    expect(within(rows[2]).getByText('✓')).toBeTruthy();
    expect(within(rows[2]).getByText('未检查')).toBeTruthy();
    expect(screen.getByText(/共 2 所学校，1 所存在问题/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /导出 CSV/ })).toBeTruthy();
  });

  it('lists overdue inspection findings on the dashboard', async () => {
    renderAt('#/', 'DISTRICT_ADMIN', { dashboards: [aDashboard()] });
    const widget = await screen.findByRole('region', { name: '逾期未整改的督查问题' }, slow);
    expect(hrefOf(within(widget).getByRole('link', { name: /周三课后服务不足 2 小时/ }))).toBe('#/inspections/isp_1/show');
    expect(within(widget).getByText(/育才民办小学 · 期限 2026-11-20 · 逾期 10 天/)).toBeTruthy();
  });

  it('shows the term calendar and saves a holiday at the version shown', async () => {
    const term = aTerm({ startDate: '2026-10-01', endDate: '2026-10-31', excludedDates: ['2026-10-01'] });
    const execute = vi.fn(async (op: Operation<unknown>) => {
      expect(operationName(op)).toBe('UpdateTermCalendar');
      return { data: op.parseResponse({ data: { updateTerm: term } }) };
    });
    renderAt(
      '#/terms/trm_1/show',
      'SCHOOL_ADMIN',
      { terms: [term], termCalendars: [{ id: 'trm_1/2026-10', version: 4, serviceDayCount: 18, calendar: october() }] },
      execute,
    );
    const calendar = await screen.findByRole('region', { name: /校历/ }, slow);
    await within(calendar).findByText('本学期共 18 个服务日', {}, slow);
    expect(within(calendar).getByRole('button', { name: /2026-10-10 · 调休补课日 · 按周五课表/ })).toBeTruthy();
    fireEvent.click(within(calendar).getByRole('button', { name: /2026-10-12 · 服务日/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(execute).toHaveBeenCalledTimes(1));
    expect((execute.mock.calls[0][0] as Operation<unknown>).variables).toEqual({
      id: 'trm_1',
      expectedVersion: 4,
      input: { excludedDates: ['2026-10-01', '2026-10-12'], makeUpDays: [{ date: '2026-10-10', timetableWeekday: 'FRIDAY', note: '国庆调休' }] },
    });
  });
});

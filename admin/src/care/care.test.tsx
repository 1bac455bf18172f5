import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import { canAccess } from '../auth/permissions';
import { exportSpecs } from '../csv/exportColumns';
import type { Role } from '../generated/graphql';
import { gateOrder } from '../phone/PickupList';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';
import { markLine, sortChildren, type Board } from './BoardParts';
import { careBoardKey, monthRange, schoolToday, toAlertFilter } from './careApi';

const child = (studentId: string, state: 'WAITING' | 'RELEASED' | 'LEAVE' | 'ABSENT', name: string, overdue = false) => ({
  studentId,
  state,
  overdue,
  releasedAt: state === 'RELEASED' ? '2026-10-12T09:35:00.000Z' : null,
  releasedTo: state === 'RELEASED' ? '王奶奶（奶奶）' : null,
  student: { id: studentId, name, className: '三年级1班' },
});

const marks = { present: 2, absent: 1, leave: 1, late: 0 };
const board: Board & { id: string } = {
  id: careBoardKey('sch_1', '2026-10-12'),
  schoolId: 'sch_1',
  date: '2026-10-12',
  serviceDay: true,
  taken: 1,
  missing: 1,
  notYetDue: 0,
  careLogWritten: false,
  openAlertCount: 1,
  marks,
  sessions: [
    {
      activityId: 'act_1',
      startTime: '15:30',
      endTime: '16:30',
      rollCallState: 'TAKEN',
      takenAt: '2026-10-12T07:35:00.000Z',
      marks,
      activity: { id: 'act_1', title: '书法', venue: '美术室' },
    },
    {
      activityId: 'act_2',
      startTime: '16:40',
      endTime: '17:30',
      rollCallState: 'MISSING',
      takenAt: null,
      marks: { present: 0, absent: 0, leave: 0, late: 0 },
      activity: { id: 'act_2', title: '合唱', venue: '音乐室' },
    },
  ],
  openAlerts: [
    {
      id: 'alr_1',
      version: 1,
      schoolId: 'sch_1',
      kind: 'ABSENT_WITHOUT_LEAVE',
      params: null,
      studentId: 'stu_3',
      activityId: 'act_1',
      date: '2026-10-12',
      status: 'OPEN',
      message: '张*（三年级1班）未到「书法」15:30，且没有请假',
      raisedAt: '2026-10-12T07:35:00.000Z',
      resolvedAt: null,
      note: null,
    },
  ],
  pickupSlots: [
    {
      time: '17:30',
      due: 2,
      released: 1,
      waiting: 1,
      onLeave: 1,
      absent: 1,
      children: [
        child('stu_1', 'RELEASED', '李明'),
        child('stu_3', 'ABSENT', '张三'),
        child('stu_2', 'WAITING', '王芳', true),
        child('stu_4', 'LEAVE', '赵四'),
      ],
    },
  ],
};

describe('daily care in the console', () => {
  it('sends only the API’s alert filter fields and reads care logs a month at a time', () => {
    expect(toAlertFilter({ schoolId: 'sch_1', status: 'OPEN', kind: '', date: '2026-10-12', q: 'x' })).toEqual({
      schoolId: 'sch_1',
      status: 'OPEN',
      date: '2026-10-12',
    });
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthRange('2026-12')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    // 16:30 UTC is already the next day in the schools' time zone.
    expect(schoolToday(new Date('2026-10-12T16:30:00Z'))).toBe('2026-10-13');
  });

  it('offers the board, alerts and care logs to the district and school admins only', () => {
    for (const role of ['DISTRICT_ADMIN', 'SCHOOL_ADMIN'] as Role[]) {
      expect([canAccess(role, 'show', 'careBoard'), canAccess(role, 'resolve', 'alerts'), canAccess(role, 'list', 'careLogs')]).toEqual([true, true, true]);
      expect(canAccess(role, 'edit', 'careLogs')).toBe(false);
    }
    for (const role of ['PROVIDER', 'TEACHER', 'PARENT'] as Role[]) {
      expect([canAccess(role, 'show', 'careBoard'), canAccess(role, 'list', 'alerts'), canAccess(role, 'list', 'careLogs')]).toEqual([false, false, false]);
    }
  });

  it('puts the waiting children first, overdue at the top, on the board and at the gate', () => {
    const children = [...board.pickupSlots[0].children, child('stu_5', 'WAITING', '陈五')];
    expect(sortChildren(children).map((item) => item.studentId)).toEqual(['stu_2', 'stu_5', 'stu_1', 'stu_4', 'stu_3']);
    expect(gateOrder(children).map((item) => item.studentId)).toEqual(['stu_2', 'stu_5', 'stu_1', 'stu_4', 'stu_3']);
    expect(markLine(marks)).toBe('2/1/1/0');
  });

  it('exports alerts and care logs with kinds and statuses in words, instants on Beijing time', () => {
    const translate = (key: string, options?: Record<string, unknown>) =>
      key.startsWith('app.enums.') ? `«${key.split('.').slice(2).join('.')}»` : String(options?._ ?? key);
    const context = { translate, nameOf: (_resource: string, id: unknown) => `name:${String(id)}` };
    const alertRow = exportSpecs.alerts.columns.map((column) => column.value({ ...board.openAlerts[0] }, context));
    expect(alertRow).toEqual([
      'name:sch_1',
      '2026-10-12',
      '«alertKind.ABSENT_WITHOUT_LEAVE»',
      board.openAlerts[0].message,
      '«alertStatus.OPEN»',
      '2026-10-12 15:35',
      '',
      '',
    ]);
    const log = {
      id: 'cl_1',
      schoolId: 'sch_1',
      date: '2026-10-12',
      summary: '平稳',
      incidents: [{ at: '16:05', kind: 'INJURY', description: '擦伤膝盖', action: '消毒包扎' }],
    };
    const logRow = exportSpecs.careLogs.columns.map((column) => column.value(log, context));
    expect(logRow.slice(0, 4)).toEqual(['name:sch_1', '2026-10-12', '平稳', 1]);
    expect(logRow[4]).toContain('16:05 «incidentKind.INJURY» 擦伤膝盖（消毒包扎）');
  });

  it('shows a school admin the day’s board (sessions, alerts, who is still waiting) and the bell’s count', async () => {
    window.location.hash = '#/careBoard?date=2026-10-12';
    const dataProvider = anInMemoryDataProvider({
      careBoards: [board],
      careBells: [
        {
          id: 'me',
          openAlertCount: 3,
          notificationCount: 1,
          notifications: [{ id: 'ntf_1', kind: 'ALERT', title: '未点名', body: '「合唱」未点名', createdAt: '2026-10-12T08:56:00.000Z' }],
        },
      ],
    });
    render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('SCHOOL_ADMIN')} loginPage={LocalLoginPage} />);
    const sessions = await screen.findByRole('table', { name: '今日课程' }, slow);
    expect(within(sessions).getByText('书法')).toBeTruthy();
    expect(within(sessions).getByText('未点名')).toBeTruthy();
    expect(screen.getByText(/未到「书法」15:30/)).toBeTruthy();
    // The screen lists who is still waiting; everyone is one click away.
    const waitingRows = within(screen.getByLabelText('放学时段 17:30')).getAllByRole('row').slice(1);
    expect(waitingRows.map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual(['王芳']);
    fireEvent.click(screen.getByRole('button', { name: '显示全部学生' }));
    const slot = screen.getByLabelText('放学时段 17:30');
    const rows = within(slot).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual(['王芳', '李明', '赵四', '张三']);
    expect(within(rows[0]).getByText('超时未接')).toBeTruthy();
    expect(within(rows[1]).getByText('王奶奶（奶奶）')).toBeTruthy();
    const bell = await screen.findByRole('button', { name: '通知与预警' });
    expect(await within(bell).findByText('3')).toBeTruthy();
    expect(screen.getByRole('link', { name: /打印日报/ }).getAttribute('href')).toContain('/careSheet?schoolId=sch_1&date=2026-10-12');
  });
});

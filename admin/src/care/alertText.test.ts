import { describe, expect, it } from 'vitest';
import { alertKindValues } from '../generated/enumValues';
import { englishConsole, zhConsole } from '../i18n/consoleTranslators';
import { alertText } from './alertText';

const zh = zhConsole;
const en = await englishConsole();

const none = { studentName: null, className: null, activityTitle: null, activityStartTime: null, venue: null, pickupSlot: null, graceMinutes: null };
/** Alerts as the API raises them (functions/src/care/alertService.ts, alertJob.ts): message and values. */
const alerts = [
  {
    kind: 'ABSENT_WITHOUT_LEAVE',
    message: '李*明（三年级二班）未到「作业辅导」15:30，且没有请假',
    params: { ...none, studentName: '李*明', className: '三年级二班', activityTitle: '作业辅导', activityStartTime: '15:30' },
  },
  {
    kind: 'ROLL_CALL_MISSING',
    message: '「足球社团」16:30 开始已过 15 分钟，仍未点名（操场）',
    params: { ...none, activityTitle: '足球社团', activityStartTime: '16:30', venue: '操场', graceMinutes: 15 },
  },
  {
    kind: 'NOT_PICKED_UP',
    message: '王*红 放学时段 17:30 已过 15 分钟，仍未接走',
    params: { ...none, studentName: '王*红', pickupSlot: '17:30', graceMinutes: 15 },
  },
  // The child's record is gone.
  { kind: 'NOT_PICKED_UP', message: '学生 放学时段 17:30 已过 15 分钟，仍未接走', params: { ...none, pickupSlot: '17:30', graceMinutes: 15 } },
];

describe('an alert in the console’s language', () => {
  it('reads in Chinese as the API writes it, for every kind', () => {
    expect(new Set(alerts.map((alert) => alert.kind))).toEqual(new Set(alertKindValues));
    for (const alert of alerts) expect(alertText(zh, alert)).toBe(alert.message);
  });

  it('reads in English', () => {
    expect(alerts.map((alert) => alertText(en, alert))).toEqual([
      '李*明 (三年级二班) missed “作业辅导” at 15:30 without leave',
      '“足球社团” started at 16:30: no roll call after 15 minutes (操场)',
      '王*红 not picked up 15 minutes after the pickup slot 17:30',
      'A student not picked up 15 minutes after the pickup slot 17:30',
    ]);
  });

  it('shows the API’s text for alerts without values and kinds this console does not know', () => {
    expect(alertText(en, { kind: 'ABSENT_WITHOUT_LEAVE', message: '旧预警', params: null })).toBe('旧预警');
    expect(alertText(en, { kind: 'NEW_KIND', message: '新类型预警', params: none })).toBe('新类型预警');
  });
});

import { describe, expect, it } from 'vitest';
import { notificationMessageCodeValues } from '../generated/enumValues';
import { englishConsole, zhConsole } from '../i18n/consoleTranslators';
import { phoneEn } from '../i18n/en/phone';
import { phoneZh } from '../i18n/zh-CN/phone';
import { translator } from '../phone/i18n';
import { notificationText } from './notificationText';

const CONSOLE = 'resources.alerts.notifications.';
const PHONE = 'care.notification_text.';
const consoleEn = await englishConsole();
const consoleZh = zhConsole;
const phone = { zh: translator(phoneZh), en: translator(phoneEn) };

/** Notifications as the API makes them (alertService.ts, leaveService.ts, pickupService.ts): title, body, code, values. */
const items = [
  {
    title: '未请假缺勤',
    body: '李*明（三年级二班）未到「作业辅导」15:30，且没有请假',
    messageCode: 'ABSENT_WITHOUT_LEAVE',
    params: { studentName: '李*明', className: '三年级二班', activityTitle: '作业辅导', activityStartTime: '15:30' },
  },
  {
    title: '放学未接走',
    body: '王*红 放学时段 17:30 已过 15 分钟，仍未接走',
    messageCode: 'NOT_PICKED_UP',
    params: { studentName: '王*红', pickupSlot: '17:30', graceMinutes: 15 },
  },
  {
    title: '未点名',
    body: '「足球社团」16:30 开始已过 15 分钟，仍未点名（操场）',
    messageCode: 'ROLL_CALL_MISSING',
    params: { activityTitle: '足球社团', activityStartTime: '16:30', venue: '操场', graceMinutes: 15 },
  },
  {
    title: '请假',
    body: '李*明 2026-11-20 请假：发烧',
    messageCode: 'LEAVE_REQUESTED',
    params: { studentName: '李*明', leaveFrom: '2026-11-20', leaveTo: '2026-11-20', leaveReason: '发烧' },
  },
  {
    title: '请假',
    body: '李*明 2026-11-20 至 2026-11-21 请假：回老家',
    messageCode: 'LEAVE_REQUESTED',
    params: { studentName: '李*明', leaveFrom: '2026-11-20', leaveTo: '2026-11-21', leaveReason: '回老家' },
  },
  {
    title: '请假已确认',
    body: '李*明 2026-11-20–2026-11-21 的请假老师已确认',
    messageCode: 'LEAVE_ACKNOWLEDGED',
    params: { studentName: '李*明', leaveFrom: '2026-11-20', leaveTo: '2026-11-21' },
  },
  {
    title: '已接走',
    body: '李*明 已于 17:42 由 李娜（妈妈）接走',
    messageCode: 'RELEASED',
    params: { studentName: '李*明', releasedAt: '17:42', pickupPersonName: '李娜', pickupPersonRelation: '妈妈' },
  },
];

describe('a notification in the reader’s language (the console’s bell, the phone pages)', () => {
  it('reads in Chinese as the API writes it, for every code, in both catalogues', () => {
    expect(new Set(items.map((item) => item.messageCode))).toEqual(new Set(notificationMessageCodeValues));
    for (const item of items) {
      expect(notificationText(consoleZh, CONSOLE, item)).toEqual({ title: item.title, body: item.body });
      expect(notificationText(phone.zh, PHONE, item)).toEqual({ title: item.title, body: item.body });
    }
  });

  it('reads in English, the same in the console and on the phone', () => {
    const english = items.map((item) => notificationText(phone.en, PHONE, item));
    expect(items.map((item) => notificationText(consoleEn, CONSOLE, item))).toEqual(english);
    expect(english).toEqual([
      { title: 'Absent without leave', body: '李*明 (三年级二班) missed “作业辅导” at 15:30 without leave' },
      { title: 'Not picked up', body: '王*红 not picked up 15 minutes after the pickup slot 17:30' },
      { title: 'Roll call missing', body: '“足球社团” started at 16:30: no roll call after 15 minutes (操场)' },
      { title: 'Leave request', body: '李*明: leave on 2026-11-20: 发烧' },
      { title: 'Leave request', body: '李*明: leave from 2026-11-20 to 2026-11-21: 回老家' },
      { title: 'Leave acknowledged', body: 'The teacher acknowledged the leave of 李*明, 2026-11-20–2026-11-21' },
      { title: 'Picked up', body: '李*明 was picked up at 17:42 by 李娜 (妈妈)' },
    ]);
  });

  it('keeps the API’s text for notifications without a code and for codes this client does not know', () => {
    const old = { title: '通知', body: '旧通知', messageCode: null, params: null };
    expect(notificationText(phone.en, PHONE, old)).toEqual({ title: '通知', body: '旧通知' });
    const newer = { title: '新通知', body: '新类型', messageCode: 'NEWER_CODE', params: {} };
    expect(notificationText(phone.en, PHONE, newer)).toEqual({ title: '新通知', body: '新类型' });
    expect(notificationText(consoleEn, CONSOLE, newer)).toEqual({ title: '新通知', body: '新类型' });
  });
});

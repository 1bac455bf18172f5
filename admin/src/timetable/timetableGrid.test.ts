import { describe, expect, it } from 'vitest';
import { layoutTimetable, type Slotted } from './timetableGrid';

const activity = (id: string, weekday: Slotted['weekday'], startTime: string, endTime: string, title = id, status = 'ACTIVE') => ({
  id,
  weekday,
  startTime,
  endTime,
  title,
  status,
});

describe('layoutTimetable', () => {
  it('always shows Monday to Friday, even without activities', () => {
    expect(layoutTimetable([])).toEqual({ days: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'], rows: [] });
  });

  it('adds Saturday or Sunday only when something happens then', () => {
    const { days } = layoutTimetable([activity('a', 'SUNDAY', '09:00', '10:00')]);
    expect(days).toEqual(['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SUNDAY']);
  });

  it('makes one row per time slot in time order and puts each activity under its day', () => {
    const { days, rows } = layoutTimetable([
      activity('late', 'MONDAY', '17:30', '18:30'),
      activity('football', 'WEDNESDAY', '15:30', '16:30', '足球社团'),
      activity('homework', 'MONDAY', '15:30', '16:30', '作业辅导'),
      activity('short', 'MONDAY', '15:30', '16:00'),
    ]);
    expect(rows.map((row) => `${row.startTime}-${row.endTime}`)).toEqual(['15:30-16:00', '15:30-16:30', '17:30-18:30']);
    const slot = rows[1];
    expect(slot.cells).toHaveLength(days.length);
    expect(slot.cells[days.indexOf('MONDAY')].map((a) => a.id)).toEqual(['homework']);
    expect(slot.cells[days.indexOf('WEDNESDAY')].map((a) => a.id)).toEqual(['football']);
    expect(slot.cells[days.indexOf('TUESDAY')]).toEqual([]);
  });

  it('lists parallel activities of one slot together, by title', () => {
    const { rows } = layoutTimetable([activity('b', 'TUESDAY', '15:30', '16:30', '阅读'), activity('a', 'TUESDAY', '15:30', '16:30', '合唱')]);
    expect(rows).toHaveLength(1);
    expect(rows[0].cells[1].map((a) => a.title)).toEqual(['合唱', '阅读']);
  });

  it('leaves cancelled activities out', () => {
    const { rows } = layoutTimetable([activity('gone', 'MONDAY', '15:30', '16:30', 'x', 'CANCELLED')]);
    expect(rows).toEqual([]);
  });
});

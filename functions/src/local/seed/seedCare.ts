import { alertEntity } from '../../care/alertEntity';
import { alertId } from '../../care/alertIds';
import { careLogEntity, careLogId } from '../../care/careLogEntity';
import { dutyRotaEntity, dutyRotaId, rotaWeekdays } from '../../care/dutyRotaEntity';
import { leaveEntity } from '../../care/leaveEntity';
import { handoverEntity, releaseId } from '../../care/pickupEntity';
import { rollCallEntity, rollCallId, type RollCallMark } from '../../care/rollCallEntity';
import { localDate, minutesOf } from '../../core/clock';
import { allRecords } from '../../db/allRecords';
import { transactWrite } from '../../db/transactions';
import { maskName } from '../../people/names';
import type { SchoolRecord } from '../../schools/schoolEntity';
import type { Services } from '../../server/services';
import type { TermRecord } from '../../terms/termEntity';
import { bulkWrite } from './bulkWrite';
import { generator } from './demoPeople';

/** Days of care history the demo has: the service days of the last month (today is left for the teachers). */
const HISTORY_DAYS = 30;

/**
 * A month of daily care at every demo school (SPEC §3.7): roll calls of every session (a few absent, late and on leave),
 * a few leave requests, absence alerts already resolved with a note, yesterday's releases, and the duty leader's care
 * logs with one day missing (flagged by DAY_WITHOUT_CARE_LOG). Today is left untaken, for the teacher's phone page and
 * the alert job. Written as items (bulk), as the people are; skipped when the logs exist.
 */
export async function seedCare(services: Services, schools: Map<string, { school: SchoolRecord; term: TermRecord }>, progress: (line: string) => void) {
  const { db, repositories } = services;
  const first = [...schools.values()][0];
  if (!first || (await repositories.careLogs.ofRange(first.school.id, localDate(-HISTORY_DAYS), localDate(0))).length > 0)
    return progress('care history already there');
  const started = Date.now();
  const entities = {
    rollCall: rollCallEntity(db),
    leave: leaveEntity(db),
    alert: alertEntity(db),
    handover: handoverEntity(db),
    careLog: careLogEntity(db),
    dutyRota: dutyRotaEntity(db),
  };
  const items: Record<string, unknown>[] = [];
  const put = (entity: { put(record: never): { params(): unknown } }, record: object) =>
    items.push((entity.put(record as never).params() as { Item: Record<string, unknown> }).Item);
  const random = generator(20261201);
  let rollCalls = 0;
  let logs = 0;
  for (const { school, term } of schools.values()) {
    const calendar = await services.calendar.forTerm(term);
    const days = calendar.serviceDays({ from: localDate(-HISTORY_DAYS), to: localDate(-1) });
    if (days.length === 0) continue;
    const activities = (
      await allRecords((after) => repositories.activities.list({ schoolId: school.id, termId: term.id, status: 'ACTIVE', first: 100, after }))
    ).filter((a) => a.status === 'ACTIVE');
    const rosters = new Map(
      await Promise.all(
        activities.map(async (a) => [a.id, await allRecords((after) => repositories.rosters.listOfActivity(a.id, { first: 100, after }))] as const),
      ),
    );
    const leader = (await repositories.staff.list({ schoolId: school.id, duty: 'DUTY_LEADER', active: true, first: 1 })).items[0]?.record;
    const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`).toISOString();
    // The duty rota (值班表): the school's duty leader on every weekday the term serves (its whole calendar, today and
    // the days ahead included), so the care logs below are theirs and they write today's on the teacher phone page.
    const served = new Set(calendar.serviceDays().map((day) => day.timetableWeekday));
    if (leader)
      put(entities.dutyRota, {
        id: dutyRotaId(school.id),
        version: 1,
        schoolId: school.id,
        days: rotaWeekdays.filter((weekday) => served.has(weekday)).map((weekday) => ({ weekday, staffId: leader.id })),
        updatedBy: 'demo-school-admin',
        createdAt: at(days[0].date, '08:00'),
        updatedAt: at(days[0].date, '08:00'),
      });

    // Three leaves (a cold, a family trip, a doctor's visit) on days of the month.
    const everyone = [...new Map([...rosters.values()].flat().map((entry) => [entry.studentId, entry])).values()];
    const leaves = [0, 1, 2].map((i) => ({
      entry: random.pick(everyone),
      day: random.pick(days).date,
      reason: ['感冒发烧，在家休息', '随家长外出', '去医院复查'][i],
    }));
    for (const [i, leave] of leaves.entries()) {
      if (!leave.entry) continue;
      put(entities.leave, {
        id: random.id('lev'),
        version: 2,
        studentId: leave.entry.studentId,
        schoolId: school.id,
        classId: leave.entry.classId,
        from: leave.day,
        to: leave.day,
        reason: leave.reason,
        status: 'ACKNOWLEDGED',
        requestedBy: 'demo-guardian',
        requestedVia: i === 2 ? 'CLASS_TEACHER' : 'GUARDIAN',
        acknowledgedBy: 'demo-teacher',
        acknowledgedAt: at(leave.day, '08:10'),
        createdAt: at(leave.day, '07:30'),
        updatedAt: at(leave.day, '08:10'),
      });
    }
    let resolved = 0;
    const released = new Set<string>();
    const missing = days[Math.floor(days.length / 2)].date;
    for (const day of days) {
      const onLeave = new Set(leaves.filter((leave) => leave.day === day.date).map((leave) => leave.entry?.studentId));
      const sessions = activities.filter((a) => a.weekday === day.timetableWeekday).sort((a, b) => a.startTime.localeCompare(b.startTime));
      for (const activity of sessions) {
        const marks: RollCallMark[] = (rosters.get(activity.id) ?? []).map((entry) => {
          const draw = random.next();
          const status = onLeave.has(entry.studentId) ? 'LEAVE' : draw < 0.004 ? 'ABSENT' : draw < 0.02 ? 'LATE' : 'PRESENT';
          return { studentId: entry.studentId, classId: entry.classId, status };
        });
        const takenAt = at(day.date, activity.startTime);
        put(entities.rollCall, {
          id: rollCallId(activity.id, day.date),
          version: 1,
          activityId: activity.id,
          date: day.date,
          schoolId: school.id,
          termId: term.id,
          staffId: activity.staffId,
          staffName: activity.staffName ?? undefined,
          providerId: activity.providerId,
          contractId: activity.contractId ?? undefined,
          minutes: minutesOf(activity.endTime) - minutesOf(activity.startTime),
          takenBy: 'demo-teacher',
          takenAt,
          marks,
          createdAt: takenAt,
          updatedAt: takenAt,
        });
        rollCalls++;
        for (const mark of marks.filter((item) => item.status === 'ABSENT')) {
          const student = await repositories.students.get(mark.studentId);
          const schoolClass = student ? await repositories.classes.get(student.classId) : undefined;
          const studentName = student ? maskName(student.name) : '学生';
          put(entities.alert, {
            id: alertId('ABSENT_WITHOUT_LEAVE', `${mark.studentId}|${activity.id}`, day.date),
            version: 2,
            schoolId: school.id,
            kind: 'ABSENT_WITHOUT_LEAVE',
            studentId: mark.studentId,
            activityId: activity.id,
            date: day.date,
            status: 'RESOLVED',
            // As the roll call raises it (alertService.absentWithoutLeave), with the values for other languages.
            message: `${studentName}（${schoolClass?.name ?? ''}）未到「${activity.title}」${activity.startTime}，且没有请假`,
            params: { studentName, className: schoolClass?.name, activityTitle: activity.title, activityStartTime: activity.startTime },
            raisedAt: takenAt,
            staffIds: [],
            guardianIds: [],
            resolvedBy: 'demo-teacher',
            resolvedAt: at(day.date, '17:00'),
            note: '已电话联系家长：孩子身体不适，家长已接回，补交请假',
            updatedAt: at(day.date, '17:00'),
          });
          resolved++;
        }
      }
      // Yesterday's (the last day's) releases: the children present at a late-care session, handed to a parent.
      if (day.date === days.at(-1)!.date) {
        for (const activity of sessions.filter((a) => a.category === 'LATE_CARE')) {
          for (const entry of (rosters.get(activity.id) ?? []).slice(0, 40)) {
            if (released.has(entry.studentId)) continue;
            released.add(entry.studentId);
            put(entities.handover, {
              id: releaseId(entry.studentId, day.date),
              studentId: entry.studentId,
              schoolId: school.id,
              date: day.date,
              kind: 'RELEASE',
              at: at(day.date, activity.endTime),
              by: 'demo-teacher',
              fromActivityId: activity.id,
              toGuardian: '家长',
              relation: random.pick(['母亲', '父亲', '奶奶', '外公']),
            });
          }
        }
      }
      if (day.date === missing) continue; // the day without a log: DAY_WITHOUT_CARE_LOG flags it
      const incidents = random.next() < 0.2 ? [{ at: '16:20', kind: 'INJURY', description: '课间跑动时擦伤手肘', action: '校医消毒包扎，已告知家长' }] : [];
      put(entities.careLog, {
        id: careLogId(school.id, day.date),
        version: 1,
        schoolId: school.id,
        date: day.date,
        dutyLeaderId: leader?.id,
        writtenBy: 'demo-duty-leader',
        summary: incidents.length ? '各班按时点名，一起轻微擦伤已处理。' : '各班按时点名，秩序良好，学生均按时接走。',
        incidents,
        createdAt: at(day.date, '18:30'),
        updatedAt: at(day.date, '18:30'),
      });
      logs++;
    }
    progress(
      `care at ${school.name}: ${days.length} service days, ${resolved} resolved absence alerts, ${leaves.length} leaves, the care log of ${missing} missing`,
    );
  }
  await bulkWrite(db, items);
  // The logs change DAY_WITHOUT_CARE_LOG: the compliance overview recomputes the schools' terms.
  await transactWrite(db, repositories.complianceMarks.steps([...schools.values()].map(({ school, term }) => ({ schoolId: school.id, termId: term.id }))));
  progress(`care history: ${rollCalls} roll calls, ${logs} care logs — ${items.length} items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { createTestApi, type TestApi } from './support/api';
import {
  change,
  compliantSchool,
  partFiveDay,
  partFivePickup,
  reportOf,
  rosterOn,
  ruleOf,
  setActive,
  staffedClass,
  type CompliantSchool,
} from './support/complianceFixtures';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY } from './support/domain';

/**
 * The same rules under a district that is not the default: seed part 五 (service Monday to Thursday 15:30–17:00, in
 * summer until 17:30) and seed part 三's ban on outside providers. Provider records made before the ban stay on file
 * and are flagged.
 */
const week = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'];
const partFivePolicy = {
  serviceDays: week,
  minDailyMinutes: 90,
  lateCareEndsNotBefore: '17:00',
  serviceEndsBy: '17:00',
  summerServiceEndsBy: '17:30',
  summerFrom: '05-01',
  summerTo: '09-30',
  outsideProvidersAllowed: false,
};

let api: TestApi;
/** A school that signed with a provider before the ban: its Monday club and Tuesday homework are the provider's. */
let beforeBan: CompliantSchool & { providerId: string; contractId: string };

beforeAll(async () => {
  api = await createTestApi();
  expect(
    (
      await api.exec(
        'mutation { updateDistrictPolicy(input: { serviceDays: [MONDAY, TUESDAY, WEDNESDAY, THURSDAY], minDailyMinutes: 90, lateCareEndsNotBefore: "17:00" }, expectedVersion: 0) { version } }',
      )
    ).errors,
  ).toBeUndefined();
  const s = await compliantSchool(api, week, partFiveDay, partFivePickup);
  const provider = await approvedProvider(api, { serviceCategories: ['SPORTS', 'HOMEWORK'] });
  const contract = await activeContract(api, s.schoolId, s.termId, provider.id);
  await change(api, s, 'MONDAY:CLUB', { staffName: null, contractId: contract.id });
  await change(api, s, 'TUESDAY:HOMEWORK', { staffName: null, contractId: contract.id });
  beforeBan = { ...s, providerId: provider.id, contractId: contract.id };
  const set = await api.exec('mutation($i: DistrictPolicyInput!) { updateDistrictPolicy(input: $i, expectedVersion: 1) { version } }', { i: partFivePolicy });
  expect(set.errors).toBeUndefined();
});

const school = () => compliantSchool(api, week, partFiveDay, partFivePickup);

async function failsAfter(code: string, mutate: (s: CompliantSchool) => Promise<unknown>) {
  const s = await school();
  expect((await ruleOf(api, s, code)).status).toBe('PASSED');
  await mutate(s);
  const after = await ruleOf(api, s, code);
  expect(after.status).toBe('FAILED');
  return after;
}

describe('compliance rules under seed part 五 (MON–THU, 17:00 / summer 17:30) and part 三 (no outside providers)', () => {
  it('passes a compliant Monday-to-Thursday school without Friday service', async () => {
    const report = await reportOf(api, await school());
    expect(report.issues).toEqual([]);
    expect(report.days.map((day) => day.weekday)).toEqual(week);
    expect(report.rules.filter((rule) => rule.status === 'PASSED').map((rule) => rule.code)).toEqual(
      expect.arrayContaining(['SERVICE_ENDS_LATE', 'PROVIDER_BANNED', 'DAY_NOT_COVERED']),
    );
    expect(report.rules.find((rule) => rule.code === 'SERVICE_ENDS_LATE')!.explanation).toMatch(/17:00.*05-01–09-30.*17:30/);
    expect(report.rules.find((rule) => rule.code === 'DAY_NOT_COVERED')!.explanation).toContain('周一至周四');
  });

  it('DAY_NOT_COVERED: Thursday without activities (Friday is not asked for)', async () => {
    const { issues } = await failsAfter('DAY_NOT_COVERED', (s) =>
      Promise.all(
        ['THURSDAY:HOMEWORK', 'THURSDAY:CLUB', 'THURSDAY:LATE_CARE'].map((key) =>
          api.exec('mutation($id: ID!) { deleteActivity(id: $id) }', { id: s.rows.get(key)!.id }),
        ),
      ),
    );
    expect(issues.map((issue) => issue.weekday)).toEqual(['THURSDAY']);
  });

  it('SHORT_DAY: fewer than 90 minutes', async () => {
    const { issues } = await failsAfter('SHORT_DAY', (s) => change(api, s, 'MONDAY:HOMEWORK', { startTime: '15:45' }));
    expect(issues).toEqual([expect.objectContaining({ weekday: 'MONDAY', message: expect.stringContaining('75 分钟') })]);
  });

  it('NO_LATE_CARE and LATE_CARE_ENDS_EARLY: late care missing, or ending before 17:00', async () => {
    const missing = await failsAfter('NO_LATE_CARE', (s) => change(api, s, 'TUESDAY:LATE_CARE', { category: 'SELF_STUDY' }));
    expect(missing.issues.map((issue) => issue.weekday)).toEqual(['TUESDAY']);
    const early = await failsAfter('LATE_CARE_ENDS_EARLY', (s) => change(api, s, 'WEDNESDAY:LATE_CARE', { endTime: '16:45' }));
    expect(early.issues).toEqual([expect.objectContaining({ weekday: 'WEDNESDAY', message: expect.stringMatching(/16:45.*17:00/) })]);
  });

  it('GRADE_NOT_SERVED: grades 1–2 leave late care at 16:30, before their 17:00 pickup', async () => {
    const { issues } = await failsAfter('GRADE_NOT_SERVED', (s) => change(api, s, 'MONDAY:LATE_CARE', { grades: [3, 4, 5, 6] }));
    expect(issues).toEqual([expect.objectContaining({ weekday: 'MONDAY', grades: [1, 2], message: expect.stringMatching(/16:30.*17:00/) })]);
  });

  it('SEGMENT_MISSING: no school segment on Thursday', async () => {
    const { issues } = await failsAfter('SEGMENT_MISSING', (s) => change(api, s, 'THURSDAY:LATE_CARE', { segment: 'GRADE' }));
    expect(issues).toEqual([expect.objectContaining({ weekday: 'THURSDAY', message: expect.stringContaining('校级服务') })]);
  });

  it('ACTIVITY_OUTSIDE_CALENDAR: a Friday activity; a Friday make-up day running Monday counts as a Monday', async () => {
    const { issues } = await failsAfter('ACTIVITY_OUTSIDE_CALENDAR', (s) =>
      api.exec(CREATE_ACTIVITY, {
        input: activityInput(s.termId, { weekday: 'FRIDAY', startTime: '15:30', endTime: '16:30', venue: '周五教室', staffName: '周五老师' }),
      }),
    );
    expect(issues).toEqual([expect.objectContaining({ weekday: 'FRIDAY', message: expect.stringContaining('本区服务日为周一至周四') })]);
    const withMakeUp = await compliantSchool(api, week, partFiveDay, partFivePickup, {
      startDate: '2026-10-05',
      endDate: '2026-10-16',
      excludedDates: [],
      makeUpDays: [{ date: '2026-10-09', timetableWeekday: 'MONDAY' }],
    });
    const report = await reportOf(api, withMakeUp);
    expect(report.days.find((day) => day.weekday === 'MONDAY')!.serviceDateCount).toBe(3);
    expect(report.serviceDayCount).toBe(9);
    expect(report.compliant).toBe(true);
  });

  it('SERVICE_ENDS_LATE: 17:20 is fine in September (summer, 17:30) and late from October; 17:40 is late at once', async () => {
    const s = await school();
    expect((await ruleOf(api, s, 'SERVICE_ENDS_LATE')).status).toBe('PASSED');
    const wednesday = await change(api, s, 'WEDNESDAY:LATE_CARE', { endTime: '17:20' });
    const thursday = await change(api, s, 'THURSDAY:LATE_CARE', { endTime: '17:40' });
    const { status, issues } = await ruleOf(api, s, 'SERVICE_ENDS_LATE');
    expect(status).toBe('FAILED');
    expect(issues).toEqual([
      expect.objectContaining({ activityId: wednesday, weekday: 'WEDNESDAY', date: '2026-10-07', message: expect.stringContaining('晚于服务结束时间 17:00') }),
      expect.objectContaining({ activityId: thursday, weekday: 'THURSDAY', date: '2026-09-03', message: expect.stringContaining('晚于服务结束时间 17:30') }),
    ]);
  });

  it('SMALL_HOMEWORK_GROUP and NO_PERSON_IN_CHARGE', async () => {
    // One child on Tuesday's homework roster, picked up at 17:00 (part 五's latest pickup).
    expect((await failsAfter('SMALL_HOMEWORK_GROUP', (s) => rosterOn(api, s, 'TUESDAY:HOMEWORK', 1, { pickupSlot: '17:00' }))).issues).toHaveLength(1);
    expect(
      (await failsAfter('NO_PERSON_IN_CHARGE', (s) => change(api, s, 'WEDNESDAY:CLUB', { staffName: null }))).issues.map((issue) => issue.weekday),
    ).toEqual(['WEDNESDAY']);
  });

  it('PROVIDER_BANNED: the provider’s activities and its open contract made before the ban', async () => {
    expect((await ruleOf(api, await school(), 'PROVIDER_BANNED')).status).toBe('PASSED');
    const { status, issues } = await ruleOf(api, beforeBan, 'PROVIDER_BANNED');
    expect(status).toBe('FAILED');
    expect(issues.map((issue) => issue.activityId ?? issue.contractId).sort()).toEqual(
      [beforeBan.rows.get('MONDAY:CLUB')!.id, beforeBan.rows.get('TUESDAY:HOMEWORK')!.id, beforeBan.contractId].sort(),
    );
    expect(issues.find((issue) => issue.contractId)!.message).toContain('生效中');
  });

  it('PROVIDER_STAFF_UNCERTIFIED and ACADEMIC_BY_TRAINING_INSTITUTION on the provider that stayed', async () => {
    for (const code of ['PROVIDER_STAFF_UNCERTIFIED', 'ACADEMIC_BY_TRAINING_INSTITUTION'])
      expect((await ruleOf(api, beforeBan, code)).status, code).toBe('PASSED');
    const version = async () => (await api.exec('query($id: ID!) { provider(id: $id) { version } }', { id: beforeBan.providerId })).data!.provider.version;
    const update = async (input: Record<string, unknown>) =>
      expect(
        (
          await api.exec('mutation($id: ID!, $i: UpdateProviderInput!, $v: Int!) { updateProvider(id: $id, input: $i, expectedVersion: $v) { id } }', {
            id: beforeBan.providerId,
            i: input,
            v: await version(),
          })
        ).errors,
      ).toBeUndefined();
    await update({ staff: [{ name: '王教练', certificates: [{ certificateType: '教练员证', number: 'C-1', validTo: localDate(-30) }] }] });
    expect((await ruleOf(api, beforeBan, 'PROVIDER_STAFF_UNCERTIFIED')).issues).toHaveLength(2);
    await update({ kind: 'TRAINING_INSTITUTION', serviceCategories: ['SPORTS'] });
    expect((await ruleOf(api, beforeBan, 'ACADEMIC_BY_TRAINING_INSTITUTION')).issues.map((issue) => issue.weekday)).toEqual(['TUESDAY']);
  });

  it('NO_ACTIVE_CONTRACT: the contract is terminated, its activities remain', async () => {
    expect((await ruleOf(api, beforeBan, 'NO_ACTIVE_CONTRACT')).status).toBe('PASSED');
    expect(
      (await api.exec('mutation($id: ID!) { terminateContract(id: $id, reason: "区级政策不允许校外机构") { status } }', { id: beforeBan.contractId })).errors,
    ).toBeUndefined();
    expect((await ruleOf(api, beforeBan, 'NO_ACTIVE_CONTRACT')).issues).toHaveLength(2);
    // Terminated, the contract is no longer flagged under the ban; its activities still are.
    expect((await ruleOf(api, beforeBan, 'PROVIDER_BANNED')).issues.filter((issue) => issue.contractId && !issue.activityId)).toEqual([]);
  });

  it('CLASS_WITHOUT_STAFF: passes with an active class teacher, fails when the teacher leaves', async () => {
    const { teacher } = await staffedClass(api, beforeBan);
    expect((await ruleOf(api, beforeBan, 'CLASS_WITHOUT_STAFF')).status).toBe('PASSED');
    await setActive(api, teacher, false);
    const { status, issues } = await ruleOf(api, beforeBan, 'CLASS_WITHOUT_STAFF');
    expect(status).toBe('FAILED');
    expect(issues).toEqual([expect.objectContaining({ grades: [3], message: expect.stringContaining('已不在本校岗位') })]);
  });

  it('still reports DAY_WITHOUT_CARE_LOG as not checked, CLASS_WITHOUT_STAFF for a school without classes and OPERATING_FUND_LOW without a fund', async () => {
    const report = await reportOf(api, await school());
    expect(report.rules.filter((rule) => rule.status === 'NOT_CHECKED').map((rule) => rule.code)).toEqual([
      'CLASS_WITHOUT_STAFF',
      'DAY_WITHOUT_CARE_LOG',
      'OPERATING_FUND_LOW',
    ]);
  });
});

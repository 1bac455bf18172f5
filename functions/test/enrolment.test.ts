import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { auditActions } from './support/domain';
import {
  APPLICATION_FIELDS,
  apply,
  applyInput,
  createActivity,
  createClass,
  createGuardian,
  createStudent,
  decide,
  linkGuardian,
  ok,
  review,
  schoolWithClass,
} from './support/people';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

const WITHDRAW = `mutation($id: ID!, $r: String, $f: Date, $o: OptOutReason) { withdrawApplication(id: $id, reason: $r, from: $f, optOutReason: $o) { ${APPLICATION_FIELDS} } }`;

describe('enrolment workflow (家长申请 → 班级审核 → 学校核准)', () => {
  it('takes a guardian’s application through the class teacher and the school, each step audited', async () => {
    const { schoolId, termId, classId, teacher } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    const guardian = await createGuardian(api);
    await linkGuardian(api, student.id, guardian.viewer);
    const submitted = await apply(api, applyInput(student.id, termId, { days: ['FRIDAY', 'MONDAY'] }), guardian.viewer);
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedVia: 'GUARDIAN', days: ['MONDAY', 'FRIDAY'], priority: 0 });
    expect(await (await api.exec('query { districtPolicy { careAgreement } }')).data!.districtPolicy.careAgreement).toContain('自愿');

    // Only the family's own class teacher or the school steps in; the family cannot approve itself.
    expect(codeOf(await review(api, submitted.id, 'APPROVE', guardian.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await decide(api, submitted.id, 'APPROVE', schoolAdminOf(schoolId)))).toBe('INVALID_TRANSITION');
    const reviewed = await review(api, submitted.id, 'APPROVE', teacher.viewer, '同意');
    expect(reviewed.data!.reviewApplication).toMatchObject({ status: 'CLASS_APPROVED' });
    expect(codeOf(await review(api, submitted.id, 'APPROVE', teacher.viewer))).toBe('INVALID_TRANSITION');
    expect(codeOf(await decide(api, submitted.id, 'APPROVE', teacher.viewer))).toBe('FORBIDDEN');
    const approved = await decide(api, submitted.id, 'APPROVE', schoolAdminOf(schoolId));
    expect(approved.data!.decideApplication).toMatchObject({ status: 'APPROVED' });
    expect(codeOf(await decide(api, submitted.id, 'REJECT', schoolAdminOf(schoolId), '名额不足'))).toBe('INVALID_TRANSITION');
    expect(await auditActions(api, submitted.id)).toEqual(['APPROVE', 'CLASS_APPROVE', 'SUBMIT']);

    const seen = await ok(api, `query { viewer { children { name applications { status } } } }`, {}, guardian.viewer);
    expect(seen.children[0].applications).toEqual([{ status: 'APPROVED' }]);
  });

  it('rejects at either step only with a reason, and then lets the family apply again', async () => {
    const { schoolId, termId, classId, teacher } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    const first = await apply(api, applyInput(student.id, termId));
    const noReason = await review(api, first.id, 'REJECT', teacher.viewer);
    expect([codeOf(noReason), fieldOf(noReason)]).toEqual(['BAD_USER_INPUT', 'comment']);
    expect((await review(api, first.id, 'REJECT', teacher.viewer, '请补充接送信息')).data!.reviewApplication).toMatchObject({
      status: 'REJECTED',
      reason: '请补充接送信息',
    });
    expect(codeOf(await api.exec(WITHDRAW, { id: first.id }))).toBe('INVALID_TRANSITION');
    const second = await apply(api, applyInput(student.id, termId));
    const duplicate = await api.exec(`mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { id } }`, { i: applyInput(student.id, termId) });
    expect(codeOf(duplicate)).toBe('CONFLICT');
    await review(api, second.id, 'APPROVE', teacher.viewer);
    expect((await decide(api, second.id, 'REJECT', schoolAdminOf(schoolId), '名额已满')).data!.decideApplication).toMatchObject({
      status: 'REJECTED',
      reason: '名额已满',
    });
  });

  it('validates days, pickup slot for the grade, wishes and consent, naming the field and writing nothing', async () => {
    const { termId, classId, schoolId } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    const firstGrade = await createClass(api, schoolId, { grade: 1, name: '一年级1班' });
    const little = await createStudent(api, firstGrade.id);
    const sports = await createActivity(api, termId, { weekday: 'TUESDAY', grades: [5] });
    const cases: [Record<string, unknown>, string][] = [
      [applyInput(student.id, termId, { days: ['SATURDAY'] }), 'days.0'],
      [applyInput(student.id, termId, { days: [] }), 'days'],
      [applyInput(student.id, termId, { pickupSlot: '16:00' }), 'pickupSlot'],
      [applyInput(student.id, termId, { activityIds: [sports] }), 'activityIds.0'],
      [applyInput(student.id, termId, { consent: false }), 'consent'],
      [applyInput(student.id, 'trm_nope'), 'termId'],
    ];
    for (const [input, field] of cases) {
      const result = await api.exec('mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { id } }', { i: input });
      expect([codeOf(result), fieldOf(result)], field).toEqual(['BAD_USER_INPUT', field]);
    }
    // 16:00 is a pickup time of grades 1–2 (篇一), so a first-grader may take it.
    expect((await apply(api, applyInput(little.id, termId, { pickupSlot: '16:00' }))).pickupSlot).toBe('16:00');
    expect((await ok(api, 'query($s: ID!) { student(id: $s) { applications { id } } }', { s: student.id })).applications).toEqual([]);
  });

  it('orders the queue left-behind and hardship children first, then by time', async () => {
    const { schoolId, termId, classId, teacher } = await schoolWithClass(api);
    const names = ['普通一', '留守', '困难', '留守困难', '普通二'];
    const flags: Record<string, Record<string, boolean>> = {
      留守: { leftBehind: true },
      困难: { hardship: true },
      留守困难: { leftBehind: true, hardship: true },
    };
    const ids: Record<string, string> = {};
    for (const name of names) {
      const student = await createStudent(api, classId, { name, ...(flags[name] ?? {}) });
      ids[name] = (await apply(api, applyInput(student.id, termId))).id;
    }
    const queue = async (status: string, viewer = schoolAdminOf(schoolId)) =>
      (
        await ok(
          api,
          'query($f: EnrolmentApplicationFilter) { enrolmentApplications(filter: $f, first: 50) { nodes { id priority student { name } } } }',
          { f: { termId, status, ...(viewer === teacher.viewer ? {} : { schoolId }) } },
          viewer,
        )
      ).nodes.map((node: { student: { name: string } }) => node.student.name);
    expect(await queue('SUBMITTED', teacher.viewer)).toEqual(['留守困难', '留守', '困难', '普通一', '普通二']);
    for (const name of names) await review(api, ids[name], 'APPROVE', teacher.viewer);
    expect(await queue('CLASS_APPROVED')).toEqual(['留守困难', '留守', '困难', '普通一', '普通二']);
    const page = await ok(
      api,
      'query($f: EnrolmentApplicationFilter) { enrolmentApplications(filter: $f, first: 2) { totalCount pageInfo { hasNextPage endCursor } nodes { priority } } }',
      { f: { schoolId, termId, status: 'CLASS_APPROVED' } },
    );
    expect(page).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true }, nodes: [{ priority: 2 }, { priority: 1 }] });
  });

  it('approves in bulk, each on its own, reporting the ones that could not be decided', async () => {
    const { schoolId, termId, classId, teacher } = await schoolWithClass(api);
    const a = await apply(api, applyInput((await createStudent(api, classId)).id, termId));
    const b = await apply(api, applyInput((await createStudent(api, classId)).id, termId));
    await review(api, a.id, 'APPROVE', teacher.viewer);
    const results = await ok(
      api,
      'mutation($ids: [ID!]!) { decideApplications(ids: $ids, decision: APPROVE) { id code application { status } } }',
      { ids: [a.id, b.id] },
      schoolAdminOf(schoolId),
    );
    expect(results).toEqual([
      { id: a.id, code: null, application: { status: 'APPROVED' } },
      { id: b.id, code: 'INVALID_TRANSITION', application: null },
    ]);
  });

  it('changes the pickup slot and withdraws at any time, with an optional counted reason; never from a future date', async () => {
    const { schoolId, termId, classId } = await schoolWithClass(api);
    const student = await createStudent(api, classId);
    const guardian = await createGuardian(api);
    await linkGuardian(api, student.id, guardian.viewer);
    const application = await apply(api, applyInput(student.id, termId), guardian.viewer);
    const changed = await ok(
      api,
      `mutation($id: ID!) { changePickupSlot(id: $id, pickupSlot: "17:00", expectedVersion: 1) { ${APPLICATION_FIELDS} } }`,
      { id: application.id },
      guardian.viewer,
    );
    expect(changed).toMatchObject({ pickupSlot: '17:00', version: 2 });
    expect(
      fieldOf(
        await api.exec(
          'mutation($id: ID!) { changePickupSlot(id: $id, pickupSlot: "16:00", expectedVersion: 2) { id } }',
          { id: application.id },
          guardian.viewer,
        ),
      ),
    ).toBe('pickupSlot');
    expect(fieldOf(await api.exec(WITHDRAW, { id: application.id, f: '2099-01-01' }, guardian.viewer))).toBe('from');
    const withdrawn = await ok(api, WITHDRAW, { id: application.id, o: 'OWN_PICKUP' }, guardian.viewer);
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', optOutReason: 'OWN_PICKUP', reason: null });
    expect(withdrawn.withdrawnFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const stats = await ok(
      api,
      'query($s: ID!, $t: ID!) { enrolmentStatistics(schoolId: $s, termId: $t) { total byStatus { status count } optOutReasons { reason count } } }',
      { s: schoolId, t: termId },
      schoolAdminOf(schoolId),
    );
    expect(stats).toEqual({ total: 1, byStatus: [{ status: 'WITHDRAWN', count: 1 }], optOutReasons: [{ reason: 'OWN_PICKUP', count: 1 }] });
    // Withdrawn: the family may apply again.
    expect((await apply(api, applyInput(student.id, termId), guardian.viewer)).status).toBe('SUBMITTED');
  });

  it('keeps guardians to their own children and refuses a child who left', async () => {
    const { termId, classId } = await schoolWithClass(api);
    const mine = await createStudent(api, classId);
    const theirs = await createStudent(api, classId);
    const guardian = await createGuardian(api);
    await linkGuardian(api, mine.id, guardian.viewer);
    const other = await apply(api, applyInput(theirs.id, termId));
    expect(
      codeOf(
        await api.exec('mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { id } }', { i: applyInput(theirs.id, termId) }, guardian.viewer),
      ),
    ).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(WITHDRAW, { id: other.id }, guardian.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($id: ID!) { enrolmentApplication(id: $id) { id } }', { id: other.id }, guardian.viewer))).toBe('FORBIDDEN');
    await ok(api, 'mutation($id: ID!) { updateStudent(id: $id, input: { status: LEFT }, expectedVersion: 2) { id } }', { id: mine.id });
    expect(
      codeOf(await api.exec('mutation($i: ApplyForServiceInput!) { applyForService(input: $i) { id } }', { i: applyInput(mine.id, termId) }, guardian.viewer)),
    ).toBe('INVALID_TRANSITION');
  });

  it('refuses a care agreement with coercive wording', async () => {
    const policy = (await api.exec('query { districtPolicy { version } }')).data!.districtPolicy;
    const result = await api.exec(
      'mutation($v: Int!) { updateDistrictPolicy(input: { careAgreement: "所有学生必须参加课后服务，不得退出。" }, expectedVersion: $v) { id } }',
      { v: policy.version },
    );
    expect([codeOf(result), fieldOf(result)]).toEqual(['BAD_USER_INPUT', 'careAgreement']);
    expect(result.errors![0].message).toContain('必须参加');
  });
});

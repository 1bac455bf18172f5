import { describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { createContext } from '../src/server/context';
import { applicationEntity } from '../src/enrolment/applicationEntity';
import { codeOf, createTestApi, schoolAdminOf, type GraphQLResult, type TestApi } from './support/api';
import { recordRollCall, rollCallInput } from './support/care';
import { activeContract, approvedProvider } from './support/domain';
import { createActivity, createGuardian, createStaff, createStudent, enrol, linkGuardian, ok, schoolWithClass } from './support/people';

const CONTENT = `schoolName schoolYear semester startDate endDate serviceDays serviceDayCount times { weekday startTime endTime }
  activities { weekday startTime endTime title category segment venue runBy } feeModel monthlyFee dailyFee hardshipDiscountPercent refundDeadlineDay
  enrolledCount billCount discountsGranted waivedCount billedAmount discountAmount refundAmount stipendRate stipendPaid stipendMonths
  providers { name heldAmount contracts { serviceContent serviceMethod ratePerHour hours totalAmount status } } fundSchoolYear fundAllocated fundSpent`;
const DISCLOSURE = `id version schoolId termId accessCode publishedAt content { ${CONTENT} }`;
const PUBLIC = `query($c: String!) { publicDisclosure(accessCode: $c) { ${DISCLOSURE} } }`;

async function publicRoute(api: TestApi, query: string, variables: Record<string, unknown>): Promise<GraphQLResult> {
  const response = await api.server.executeOperation(
    { query, variables },
    { contextValue: createContext(api.services, null as Viewer | null, { publicRoute: true }) },
  );
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  return response.body.singleResult as GraphQLResult;
}

describe('disclosure (公示, SPEC §3.8)', () => {
  it('publishes a term’s service, fees, stipends, providers and funds as counts and sums; public by code; immutable; no child named', async () => {
    const api = await createTestApi();
    const { version } = await ok<{ version: number }>(api, '{ districtPolicy { version } }');
    await ok(
      api,
      'mutation($v: Int!) { updateDistrictPolicy(input: { feeModel: MONTHLY, monthlyFee: 80, hardshipDiscountPercent: 50 }, expectedVersion: $v) { version } }',
      { v: version },
    );
    const { schoolId, termId, classId } = await schoolWithClass(api);
    const admin = schoolAdminOf(schoolId);
    const students = [];
    for (const hardship of [false, false, true]) {
      const student = await createStudent(api, classId, { hardship, name: `欧阳${hardship ? '困' : '普'}${students.length}` });
      const application = await enrol(api, student.id, termId);
      // Test data only: approved at the start of the term (the workflow stamps today), so November is billed.
      await applicationEntity(api.db).patch({ id: application.id }).set({ decidedAt: '2026-09-01T01:00:00.000Z' }).go();
      students.push(student);
    }
    const guardian = await createGuardian(api);
    await linkGuardian(api, students[0].id, guardian.viewer);
    await ok(api, 'mutation($s: ID!) { generateBills(schoolId: $s, month: "2026-11") { billCount } }', { s: schoolId }, admin);

    const teacher = await createStaff(api, schoolId, { name: '赵老师' });
    const homework = await createActivity(api, termId, {
      weekday: 'MONDAY',
      startTime: '15:30',
      endTime: '16:30',
      staffId: teacher.id,
      staffName: teacher.name,
      title: '作业辅导',
    });
    const provider = await approvedProvider(api);
    const contract = await activeContract(api, schoolId, termId, provider.id);
    const football = await createActivity(api, termId, {
      weekday: 'THURSDAY',
      startTime: '16:30',
      endTime: '18:00',
      category: 'SPORTS',
      segment: 'SCHOOL',
      title: '足球',
      providerId: provider.id,
      contractId: contract.id,
      staffName: '外聘教练',
    });
    for (const [activityId, date] of [
      [homework, '2026-11-02'],
      [homework, '2026-11-09'],
      [football, '2026-11-05'],
    ]) {
      expect((await recordRollCall(api, rollCallInput(activityId, date, []), admin)).errors).toBeUndefined();
    }
    const sheet = await ok<{ id: string }>(api, 'query($s: ID!) { stipendSheet(schoolId: $s, month: "2026-11") { id } }', { s: schoolId }, admin);
    await ok(api, 'mutation($id: ID!) { confirmStipendSheet(id: $id) { total } }', { id: sheet.id }, admin);
    await ok(api, 'mutation($s: ID!) { setFundAllocation(schoolId: $s, schoolYear: "2026-2027", amount: 5000) { amount } }', { s: schoolId });

    const published = await ok(
      api,
      `mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { ${DISCLOSURE} } }`,
      { s: schoolId, t: termId },
      admin,
    );
    expect(published.content).toMatchObject({
      schoolYear: '2026-2027',
      feeModel: 'MONTHLY',
      monthlyFee: 80,
      dailyFee: null,
      hardshipDiscountPercent: 50,
      enrolledCount: 3,
      billCount: 3,
      discountsGranted: 1,
      billedAmount: 200,
      discountAmount: 40,
      stipendRate: 85,
      stipendPaid: 170,
      stipendMonths: ['2026-11'],
      fundAllocated: 5000,
      // Stipends 2 × 1 h × 85 plus the provider's 1.5 h at 120.
      fundSpent: 350,
      providers: [{ heldAmount: 180, contracts: [{ ratePerHour: 120, hours: 36, totalAmount: 4320, status: 'ACTIVE' }] }],
    });
    expect(published.content.activities.map((a: { title: string; runBy: string }) => [a.title, a.runBy])).toEqual([
      ['作业辅导', '本校教师'],
      ['足球', published.content.providers[0].name],
    ]);

    // No child's name, class list or phone anywhere in it.
    const text = JSON.stringify(published);
    const classList = await ok<{ name: string }>(api, 'query($id: ID!) { schoolClass(id: $id) { name } }', { id: classId });
    for (const student of students) {
      expect(text).not.toContain(student.name);
      expect(text).not.toContain(student.id);
      for (const contact of student.guardians) expect(text).not.toContain(contact.phone);
    }
    expect(text).not.toContain(classList.name);

    // Anyone reads it by code, on the public route too; later changes never alter it.
    const anonymous = await ok(api, PUBLIC, { c: published.accessCode }, null);
    expect(anonymous).toEqual(published);
    await ok(api, 'mutation($id: ID!) { addStipendAdjustment(id: $id, staffName: "赵老师", amount: 10, reason: "补发") { total } }', { id: sheet.id }, admin);
    await ok(api, 'mutation($s: ID!) { setFundAllocation(schoolId: $s, schoolYear: "2026-2027", amount: 9000) { amount } }', { s: schoolId });
    const { version: v2 } = await ok<{ version: number }>(api, '{ districtPolicy { version } }');
    await ok(api, 'mutation($v: Int!) { updateDistrictPolicy(input: { monthlyFee: 120 }, expectedVersion: $v) { version } }', { v: v2 });
    const onPublicRoute = await publicRoute(api, PUBLIC, { c: published.accessCode });
    expect(onPublicRoute.errors).toBeUndefined();
    expect(onPublicRoute.data!.publicDisclosure).toEqual(published);
    expect(codeOf(await publicRoute(api, '{ disclosures(filter: {}) { totalCount } }', {}))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(PUBLIC, { c: 'nosuchcode' }, null))).toBe('NOT_FOUND');

    // A new publication is a new snapshot with the new figures; the first stays as it was.
    const second = await ok(
      api,
      `mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { ${DISCLOSURE} } }`,
      { s: schoolId, t: termId },
      admin,
    );
    expect(second.accessCode).not.toBe(published.accessCode);
    expect(second.content).toMatchObject({ monthlyFee: 120, fundAllocated: 9000, stipendPaid: 180 });
    expect(await ok(api, PUBLIC, { c: published.accessCode }, null)).toEqual(published);

    // Signed in: the school's families list it; another school's admin may not.
    const listed = await ok<{ totalCount: number; nodes: { id: string }[] }>(
      api,
      'query($s: ID) { disclosures(filter: { schoolId: $s }) { totalCount nodes { id } } }',
      { s: schoolId },
      guardian.viewer,
    );
    expect(listed.nodes.map((node) => node.id)).toEqual([second.id, published.id]);
    const other = await schoolWithClass(api);
    expect(
      codeOf(await api.exec('query($s: ID) { disclosures(filter: { schoolId: $s }) { totalCount } }', { s: schoolId }, schoolAdminOf(other.schoolId))),
    ).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($id: ID!) { node(id: $id) { id } }', { id: published.id }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
    expect(
      codeOf(
        await api.exec(
          'mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { id } }',
          { s: schoolId, t: termId },
          schoolAdminOf(other.schoolId),
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});

import { describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';
import { billsOf, calendarSchool, GENERATE_BILLS, setPolicy } from './support/bills';
import { recordRollCall, rollCallInput } from './support/care';
import { approvedProvider, createContract } from './support/domain';
import { createActivity, createGuardian, linkGuardian, ok, schoolWithClass } from './support/people';

/**
 * A disclosure (公示, SPEC §3.8) checked against figures worked out by hand, its privacy over the whole JSON, its
 * immutability after every kind of later change, and who reads it (SPEC §4: a parent their school's only, anyone by
 * code, never another school's or by id without signing in).
 */
const CONTENT = `schoolName schoolYear semester startDate endDate serviceDays serviceDayCount times { weekday startTime endTime }
  activities { weekday startTime endTime title category segment venue runBy } feeModel monthlyFee dailyFee hardshipDiscountPercent refundDeadlineDay
  enrolledCount billCount discountsGranted waivedCount billedAmount discountAmount refundAmount stipendRate stipendPaid stipendMonths
  providers { name heldAmount contracts { serviceContent serviceMethod ratePerHour hours totalAmount status } } fundSchoolYear fundAllocated fundSpent`;
const DISCLOSURE = `id version schoolId termId accessCode publishedAt content { ${CONTENT} }`;
const PUBLISH = `mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { ${DISCLOSURE} } }`;
const PUBLIC = `query($c: String!) { publicDisclosure(accessCode: $c) { ${DISCLOSURE} } }`;
const LIST = 'query($s: ID) { disclosures(filter: { schoolId: $s }) { totalCount nodes { id } } }';
const NODE = 'query($id: ID!) { node(id: $id) { id ... on Disclosure { accessCode } } }';

async function held(api: TestApi, schoolId: string, activityId: string, dates: string[]) {
  for (const date of dates) expect((await recordRollCall(api, rollCallInput(activityId, date, []), schoolAdminOf(schoolId))).errors).toBeUndefined();
}

/** A contract at 100 an hour, signed and active. */
async function contractAt100(api: TestApi, schoolId: string, termId: string, providerId: string) {
  const contract = await createContract(api, schoolId, termId, providerId, { ratePerHour: 100, hours: 20 });
  await ok(api, 'mutation($id: ID!) { signContract(id: $id) { status } }', { id: contract.id });
  await ok(api, 'mutation($id: ID!) { activateContract(id: $id) { status } }', { id: contract.id });
  return contract.id as string;
}

describe('disclosure figures, privacy and readers (worked by hand)', () => {
  it('shows the term as computed by hand; no child, class or phone in the JSON; never changes; read by its school and by code', async () => {
    const api = await createTestApi();
    await setPolicy(api, { feeModel: 'PER_DAY', dailyFee: 15.55, hardshipDiscountPercent: 50, refundDeadlineDay: 10 });
    // The term runs 2026-11-02 to 2027-07-09: its weekdays, less the holiday 2026-11-16, plus the make-up Saturday 14th.
    const { schoolId, termId, classId, admin, teacher, child } = await calendarSchool(api, { startDate: '2026-11-02', endDate: '2027-07-09' });
    let weekdays = 0;
    for (let day = Date.parse('2026-11-02'); day <= Date.parse('2027-07-09'); day += 86_400_000) if (![0, 6].includes(new Date(day).getUTCDay())) weekdays++;
    const days = ['MONDAY', 'WEDNESDAY'];
    const children = [await child(false, days), await child(false, days), await child(true, days), await child(false, days)];

    const homework = await createActivity(api, termId, {
      weekday: 'MONDAY',
      startTime: '15:30',
      endTime: '16:15',
      staffId: teacher.id,
      staffName: teacher.name,
      title: '作业辅导',
    });
    const provider = await approvedProvider(api);
    const contractId = await contractAt100(api, schoolId, termId, provider.id);
    const football = await createActivity(api, termId, {
      weekday: 'WEDNESDAY',
      startTime: '16:30',
      endTime: '17:10',
      category: 'SPORTS',
      segment: 'SCHOOL',
      title: '足球',
      providerId: provider.id,
      contractId,
      staffName: '外聘教练',
    });
    // Tuesdays 15:30–16:15, held on 2026-12-01: December's sheet stays a DRAFT, so it is not disclosed as paid.
    const tuesday = await createActivity(api, termId, { weekday: 'TUESDAY', startTime: '15:30', endTime: '16:15', staffId: teacher.id, title: '阅读' });
    await held(api, schoolId, tuesday, ['2026-12-01']);
    // A provider whose contract is still a DRAFT is not disclosed.
    await createContract(api, schoolId, termId, (await approvedProvider(api)).id);
    await held(api, schoolId, homework, ['2026-11-02', '2026-11-14']);
    await held(api, schoolId, football, ['2026-11-04', '2026-11-11', '2026-11-18']);
    const sheet = await ok<{ id: string }>(api, 'query($s: ID!) { stipendSheet(schoolId: $s, month: "2026-11") { id } }', { s: schoolId }, admin);
    await ok(api, 'mutation($id: ID!) { confirmStipendSheet(id: $id) { total } }', { id: sheet.id }, admin);
    await ok(api, 'mutation($s: ID!) { setFundAllocation(schoolId: $s, schoolYear: "2026-2027", amount: 1000) { amount } }', { s: schoolId });
    // Each child's Mondays 2, 9, 14, 23, 30 and Wednesdays 4, 11, 18, 25: 9 days × 15.55 = 139.95; the hardship child
    // pays 69.97 (69.98 off). The fourth leaves from the 18th after billing: 18, 23, 25, 30 back = 62.20.
    await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-11' }, admin);
    const withdraw = 'mutation($id: ID!, $f: Date) { withdrawApplication(id: $id, from: $f) { status } }';
    await ok(api, withdraw, { id: children[3].applicationId, f: '2026-11-18' }, admin);
    // The provider's statement pays 3 × 40 min = 2 h at 100 = 200.00 (not 3 × 66.67).
    const statement = await ok<{ total: number }>(api, 'query($p: ID!) { providerStatement(providerId: $p, month: "2026-11") { total } }', {
      p: provider.id,
    });
    expect(statement.total).toBe(200);

    const published = await ok(api, PUBLISH, { s: schoolId, t: termId }, admin);
    expect(published.content).toMatchObject({
      startDate: '2026-11-02',
      endDate: '2027-07-09',
      serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      // Less the holiday, plus the make-up day.
      serviceDayCount: weekdays - 1 + 1,
      times: [
        { weekday: 'MONDAY', startTime: '15:30', endTime: '16:15' },
        { weekday: 'TUESDAY', startTime: '15:30', endTime: '16:15' },
        { weekday: 'WEDNESDAY', startTime: '16:30', endTime: '17:10' },
      ],
      feeModel: 'PER_DAY',
      monthlyFee: null,
      dailyFee: 15.55,
      hardshipDiscountPercent: 50,
      refundDeadlineDay: 10,
      enrolledCount: 3,
      billCount: 4,
      discountsGranted: 1,
      waivedCount: 0,
      // 139.95 × 3 + 69.97.
      billedAmount: 489.82,
      discountAmount: 69.98,
      refundAmount: 62.2,
      stipendRate: 85,
      // 2 Monday sessions × 0.75 h × 85.
      stipendPaid: 127.5,
      stipendMonths: ['2026-11'],
      providers: [{ name: expect.any(String), heldAmount: 200, contracts: [{ ratePerHour: 100, hours: 20, totalAmount: 2000, status: 'ACTIVE' }] }],
      fundSchoolYear: '2026-2027',
      fundAllocated: 1000,
      fundSpent: 327.5,
    });
    expect(published.content.activities.map((a: { segment: string; runBy: string }) => [a.segment, a.runBy])).toEqual([
      ['CLASS', '本校教师'],
      ['CLASS', '本校教师'],
      ['SCHOOL', published.content.providers[0].name],
    ]);

    // Privacy, over the whole JSON: no child's name or id, no class name, no phone of a family, of staff or of the provider.
    const text = JSON.stringify(published);
    const schoolClass = await ok<{ name: string }>(api, 'query($id: ID!) { schoolClass(id: $id) { name } }', { id: classId });
    const staffPhone = await ok<{ phone: string }>(api, 'query($id: ID!) { staffMember(id: $id) { phone } }', { id: teacher.id });
    const providerPhone = await ok<{ contactPhone: string }>(api, 'query($id: ID!) { provider(id: $id) { contactPhone } }', { id: provider.id });
    const secrets = [schoolClass.name, staffPhone.phone, providerPhone.contactPhone, teacher.name];
    for (const { student } of children) secrets.push(student.name, student.id, ...student.guardians.map((g: { phone: string }) => g.phone));
    for (const secret of secrets) expect(text).not.toContain(secret);

    // Later changes of every kind: the published snapshot stays as it was.
    const bills = await billsOf(api, schoolId, '2026-11');
    await ok(api, 'mutation($b: ID!) { recordPayment(billId: $b, reference: "收据 3001") { status } }', { b: bills[0].id }, admin);
    await ok(api, 'mutation($b: ID!) { waiveBill(billId: $b, reason: "家庭突发困难") { status } }', { b: bills[1].id }, admin);
    await ok(api, withdraw, { id: children[0].applicationId, f: '2026-11-25' }, admin);
    await ok(
      api,
      'mutation($id: ID!) { addStipendAdjustment(id: $id, staffId: $s, amount: 10, reason: "补发") { total } }'.replace('$s', `"${teacher.id}"`),
      {
        id: sheet.id,
      },
      admin,
    );
    await held(api, schoolId, football, ['2026-11-25']);
    await ok(api, 'mutation($s: ID!) { setFundAllocation(schoolId: $s, schoolYear: "2026-2027", amount: 3000, expectedVersion: 1) { amount } }', {
      s: schoolId,
    });
    await setPolicy(api, { dailyFee: 20 });
    const school = await ok<{ version: number }>(api, 'query($id: ID!) { school(id: $id) { version } }', { id: schoolId });
    await ok(api, 'mutation($id: ID!, $v: Int!) { updateSchool(id: $id, input: { name: "改名后的学校" }, expectedVersion: $v) { name } }', {
      id: schoolId,
      v: school.version,
    });
    expect(await ok(api, PUBLIC, { c: published.accessCode }, null)).toEqual(published);

    // Readers: the school's families (by list and by id), teachers and admins; not another school's, not a provider;
    // without signing in only by code.
    const other = await schoolWithClass(api);
    const otherDisclosure = await ok(api, PUBLISH, { s: other.schoolId, t: other.termId }, schoolAdminOf(other.schoolId));
    const parent = await createGuardian(api);
    await linkGuardian(api, children[1].studentId, parent.viewer);
    expect((await ok<{ nodes: { id: string }[] }>(api, LIST, { s: schoolId }, parent.viewer)).nodes).toEqual([{ id: published.id }]);
    expect(await ok(api, NODE, { id: published.id }, parent.viewer)).toEqual({ id: published.id, accessCode: published.accessCode });
    // Without a filter: their children's school.
    expect((await ok<{ nodes: { id: string }[] }>(api, '{ disclosures { nodes { id } } }', {}, parent.viewer)).nodes).toEqual([{ id: published.id }]);
    expect((await ok<{ totalCount: number }>(api, LIST, { s: schoolId }, teacher.viewer)).totalCount).toBe(1);
    const providerViewer: Viewer = { sub: 'provider-user', role: 'PROVIDER', providerId: provider.id };
    const refusals: [string, Record<string, unknown>, Viewer | null, string][] = [
      [LIST, { s: other.schoolId }, parent.viewer, 'FORBIDDEN'],
      [NODE, { id: otherDisclosure.id }, parent.viewer, 'FORBIDDEN'],
      [LIST, { s: other.schoolId }, teacher.viewer, 'FORBIDDEN'],
      [NODE, { id: otherDisclosure.id }, teacher.viewer, 'FORBIDDEN'],
      [LIST, { s: schoolId }, providerViewer, 'FORBIDDEN'],
      [NODE, { id: published.id }, providerViewer, 'FORBIDDEN'],
      [LIST, { s: schoolId }, null, 'UNAUTHENTICATED'],
      [NODE, { id: published.id }, null, 'UNAUTHENTICATED'],
      ['mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { id } }', { s: schoolId, t: termId }, parent.viewer, 'FORBIDDEN'],
      ['mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { id } }', { s: schoolId, t: termId }, teacher.viewer, 'FORBIDDEN'],
      ['mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { id } }', { s: schoolId, t: termId }, null, 'UNAUTHENTICATED'],
    ];
    for (const [query, variables, viewer, code] of refusals) {
      const result = await api.exec(query, variables, viewer);
      expect(codeOf(result), `${query} ${viewer?.role} ${JSON.stringify(result)}`).toBe(code);
    }
    expect((await ok<{ totalCount: number }>(api, LIST, { s: schoolId })).totalCount).toBe(1);
  });
});

import { describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';
import { createStudent, enrol, ok, schoolWithClass } from './support/people';

const FUND = 'schoolId schoolYear version amount enrolledCount requiredAmount belowMinimum';
const SET = `mutation($s: ID!, $y: String!, $a: Float!, $v: Int) { setFundAllocation(schoolId: $s, schoolYear: $y, amount: $a, expectedVersion: $v) { ${FUND} } }`;

const fundRule = async (api: TestApi, schoolId: string, termId: string) => {
  const report = await ok<{ rules: { code: string; status: string; issueCount: number }[]; issues: { kind: string; message: string }[] }>(
    api,
    'query($s: ID!, $t: ID!) { complianceReport(schoolId: $s, termId: $t) { rules { code status issueCount } issues { kind message } } }',
    { s: schoolId, t: termId },
  );
  return {
    rule: report.rules.find((rule) => rule.code === 'OPERATING_FUND_LOW')!,
    issues: report.issues.filter((issue) => issue.kind === 'OPERATING_FUND_LOW'),
  };
};

describe('operating funds (SPEC §3.8: 每生每年不低于100元)', () => {
  it('the district sets a school year’s fund; below 100 × enrolled students is flagged in compliance and on the dashboard', async () => {
    const api = await createTestApi();
    const { schoolId, termId, classId } = await schoolWithClass(api);
    for (let i = 0; i < 3; i++) await enrol(api, (await createStudent(api, classId)).id, termId);

    // Nothing recorded yet: the rule is not checked (never a vacuous pass), the figure shows what is required.
    expect((await fundRule(api, schoolId, termId)).rule.status).toBe('NOT_CHECKED');
    expect(await ok(api, `query($s: ID!) { fundAllocation(schoolId: $s, schoolYear: "2026-2027") { ${FUND} } }`, { s: schoolId })).toMatchObject({
      version: 0,
      amount: 0,
      enrolledCount: 3,
      requiredAmount: 300,
    });

    expect(codeOf(await api.exec(SET, { s: schoolId, y: '2026-2027', a: 500 }, schoolAdminOf(schoolId)))).toBe('FORBIDDEN');
    const bad = await api.exec(SET, { s: schoolId, y: '2026-2027', a: 10.005 });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'amount']);
    expect(fieldOf(await api.exec(SET, { s: schoolId, y: '2026-2028', a: 10 }))).toBe('schoolYear');

    const low = await ok(api, SET, { s: schoolId, y: '2026-2027', a: 299.99, v: 0 });
    expect(low).toMatchObject({ version: 1, amount: 299.99, requiredAmount: 300, belowMinimum: true });
    const flagged = await fundRule(api, schoolId, termId);
    expect(flagged.rule).toMatchObject({ status: 'FAILED', issueCount: 1 });
    expect(flagged.issues[0].message).toContain('299.99');
    const dashboard = await ok<{ fundsBelowMinimum: { schoolId: string; amount: number }[]; schoolsWithComplianceProblems: { schoolId: string }[] }>(
      api,
      'query($s: ID) { dashboard(schoolId: $s) { fundsBelowMinimum { schoolId amount requiredAmount } schoolsWithComplianceProblems { schoolId } } }',
      { s: schoolId },
      schoolAdminOf(schoolId),
    );
    expect(dashboard.fundsBelowMinimum).toEqual([{ schoolId, amount: 299.99, requiredAmount: 300 }]);

    // A stale version is refused and nothing changes; the right one raises the fund to the minimum.
    expect(codeOf(await api.exec(SET, { s: schoolId, y: '2026-2027', a: 400, v: 0 }))).toBe('CONFLICT');
    expect(await ok(api, SET, { s: schoolId, y: '2026-2027', a: 300, v: 1 })).toMatchObject({ version: 2, amount: 300, belowMinimum: false });
    expect((await fundRule(api, schoolId, termId)).rule.status).toBe('PASSED');

    // One more child enrolled: the same fund is short again (the approval marks the report as changed).
    const fourth = await enrol(api, (await createStudent(api, classId)).id, termId);
    expect((await fundRule(api, schoolId, termId)).rule.status).toBe('FAILED');
    // A withdrawn child is no longer enrolled: 3 × 100 = 300 is met again.
    await ok(api, 'mutation($id: ID!) { withdrawApplication(id: $id) { status } }', { id: fourth.id });
    expect(await ok(api, `query($s: ID!) { fundAllocation(schoolId: $s, schoolYear: "2026-2027") { ${FUND} } }`, { s: schoolId })).toMatchObject({
      enrolledCount: 3,
      requiredAmount: 300,
      belowMinimum: false,
    });
    expect((await fundRule(api, schoolId, termId)).rule.status).toBe('PASSED');
    // A negative fund is refused with the field named, and nothing changes.
    const negative = await api.exec(SET, { s: schoolId, y: '2026-2027', a: -1, v: 2 });
    expect([codeOf(negative), fieldOf(negative)]).toEqual(['BAD_USER_INPUT', 'amount']);
    expect(await ok(api, `query($s: ID!) { fundAllocation(schoolId: $s, schoolYear: "2026-2027") { ${FUND} } }`, { s: schoolId })).toMatchObject({
      version: 2,
      amount: 300,
    });
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/local/seed/seedDemo';
import { codeOf, createTestApi, schoolAdminOf, type TestApi } from './support/api';

const DASHBOARD = `query($s: ID) { dashboard(schoolId: $s) {
  schoolId schoolsWithComplianceProblems { schoolName issueCount } providersByStatus { status count }
  contractsExpiringSoon qualificationsExpiringSoon weakEvaluations { total } openExitCases
  satisfactionSurveyId satisfactionBySchool { schoolId schoolName responseCount satisfactionRate }
  overdueFindingCount overdueFindings { schoolName item } } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
  await seedDemo(api.services);
}, 120_000);

describe('dashboard on the demo district', () => {
  it('shows district figures computed on the server', async () => {
    const result = await api.exec(DASHBOARD);
    expect(result.errors).toBeUndefined();
    const dashboard = result.data!.dashboard;
    // 育才: a short Wednesday without grade service (short day, missing segment, a gap for every grade), late care to 17:45.
    // Every demo school also misses the duty leader's care log of one day of the month (DAY_WITHOUT_CARE_LOG, seedCare).
    expect(dashboard.schoolsWithComplianceProblems).toEqual([
      { schoolName: '城关第一实验小学', issueCount: 1 },
      { schoolName: '城关第二中学', issueCount: 1 },
      { schoolName: '东湖九年一贯制学校', issueCount: 1 },
      { schoolName: '育才民办小学', issueCount: 5 },
    ]);
    expect(dashboard.overdueFindingCount).toBe(1);
    expect(dashboard.overdueFindings).toEqual([{ schoolName: '育才民办小学', item: '周三课后服务不足 2 小时，未开设年级服务' }]);
    const byStatus = Object.fromEntries(dashboard.providersByStatus.map((s: { status: string; count: number }) => [s.status, s.count]));
    expect(byStatus).toMatchObject({ APPROVED: 3, UNDER_REVIEW: 1, APPLIED: 1, REJECTED: 1, SUSPENDED: 1, EXITING: 0 });
    expect(dashboard.weakEvaluations).toEqual([{ total: 55 }]);
    // The 55-point evaluation opened an exit case automatically.
    expect(dashboard.openExitCases).toBe(1);
    expect(dashboard.satisfactionBySchool).toHaveLength(4);
    expect(dashboard.satisfactionBySchool.reduce((sum: number, s: { responseCount: number }) => sum + s.responseCount, 0)).toBe(2500);
    const low = dashboard.satisfactionBySchool.find((s: { schoolName: string }) => s.schoolName === '育才民办小学');
    const others = dashboard.satisfactionBySchool.filter((s: { schoolName: string }) => s.schoolName !== '育才民办小学');
    expect(others.every((s: { satisfactionRate: number }) => s.satisfactionRate > low.satisfactionRate)).toBe(true);
  });

  it('gives a school admin their school only', async () => {
    const school = (await api.exec('{ schools(filter: { q: "CG-001" }) { nodes { id } } }')).data!.schools.nodes[0].id;
    const result = await api.exec(DASHBOARD, {}, schoolAdminOf(school));
    expect(result.data!.dashboard.schoolId).toBe(school);
    expect(result.data!.dashboard.satisfactionBySchool.map((s: { schoolId: string }) => s.schoolId)).toEqual([school]);
    expect(codeOf(await api.exec(DASHBOARD, { s: 'sch_other' }, schoolAdminOf(school)))).toBe('FORBIDDEN');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../src/core/clock';
import { codeOf, createTestApi, fieldOf, providerUser, schoolAdminOf, type GraphQLResult, type TestApi } from './support/api';
import { auditActions, createSchool, createTerm } from './support/domain';

const FIELDS =
  'id version schoolId termId date inspectors summary score status openFindingCount overdueFindingCount closedAt findings { id item severity rectifyBy rectifiedAt rectification overdue }';
const RECORD = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { ${FIELDS} } }`;
const RECTIFY = `mutation($i: ID!, $f: ID!, $n: String!, $v: Int) { recordRectification(inspectionId: $i, findingId: $f, note: $n, expectedVersion: $v) { ${FIELDS} } }`;
const CLOSE = `mutation($id: ID!, $v: Int) { closeInspection(id: $id, expectedVersion: $v) { ${FIELDS} } }`;
const GET = `query($id: ID!) { inspection(id: $id) { ${FIELDS} school { id } term { id } } }`;
const LIST = 'query($f: InspectionFilter) { inspections(filter: $f, first: 50) { totalCount nodes { id schoolId } } }';

let api: TestApi;
let schoolId: string;
let termId: string;
let otherSchoolId: string;

/** This term contains today (so past dates and overdue deadlines fall inside it). */
const termAroundToday = { startDate: localDate(-90), endDate: localDate(60), excludedDates: [] };

const inspectionInput = (overrides: Record<string, unknown> = {}) => ({
  schoolId,
  date: localDate(-20),
  inspectors: ['区督导室 陈督学', '区教育局 李科长'],
  summary: '课后服务专项督查',
  score: 85,
  findings: [
    { item: '周三延时托管无教师在岗', severity: 'HIGH', rectifyBy: localDate(-5) },
    { item: '作业辅导未按行政班组织', severity: 'LOW', rectifyBy: localDate(10) },
  ],
  ...overrides,
});

async function record(overrides: Record<string, unknown> = {}) {
  const result = await api.exec(RECORD, { input: inspectionInput(overrides) });
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.recordInspection;
}

const codeAndField = (result: GraphQLResult) => [codeOf(result), fieldOf(result)];

beforeAll(async () => {
  api = await createTestApi();
  schoolId = (await createSchool(api)).id;
  termId = (await createTerm(api, schoolId, { schoolYear: '2026-2027', semester: 1, ...termAroundToday })).id;
  otherSchoolId = (await createSchool(api)).id;
  await createTerm(api, otherSchoolId, { schoolYear: '2026-2027', semester: 1, ...termAroundToday });
});

describe('inspections (专项督查)', () => {
  it('records an inspection in the school’s term, OPEN, with findings and an audit entry', async () => {
    const inspection = await record();
    expect(inspection).toMatchObject({ schoolId, termId, status: 'OPEN', score: 85, openFindingCount: 2, overdueFindingCount: 1, closedAt: null });
    expect(inspection.findings.map((f: { overdue: boolean }) => f.overdue)).toEqual([true, false]);
    expect(inspection.findings.every((f: { id: string; rectifiedAt: null }) => f.id && f.rectifiedAt === null)).toBe(true);
    expect(await auditActions(api, inspection.id)).toEqual(['CREATE']);
    expect((await api.exec(`query($id: ID!) { node(id: $id) { ... on Inspection { id status } } }`, { id: inspection.id })).data!.node).toEqual({
      id: inspection.id,
      status: 'OPEN',
    });
  });

  it('is recorded by the district only, and refuses bad input naming the field', async () => {
    expect(codeOf(await api.exec(RECORD, { input: inspectionInput() }, schoolAdminOf(schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(RECORD, { input: inspectionInput() }, providerUser))).toBe('FORBIDDEN');
    const cases: [Record<string, unknown>, string][] = [
      [{ findings: [{ item: '问题', severity: 'LOW', rectifyBy: localDate(-30) }] }, 'findings.0.rectifyBy'],
      [{ score: 101 }, 'score'],
      [{ date: localDate(1), findings: [] }, 'date'],
      [{ date: localDate(-200), findings: [] }, 'date'],
      [{ inspectors: [] }, 'inspectors'],
      [{ findings: [{ item: '', severity: 'LOW', rectifyBy: localDate(3) }] }, 'findings.0.item'],
      [{ schoolId: 'sch_missing' }, 'schoolId'],
    ];
    for (const [overrides, field] of cases)
      expect(codeAndField(await api.exec(RECORD, { input: inspectionInput(overrides) })), field).toEqual(['BAD_USER_INPUT', field]);
  });

  it('takes rectifications from the school, once per finding, then closes — every step audited', async () => {
    const inspection = await record();
    const [late, onTime] = inspection.findings;
    expect(codeOf(await api.exec(CLOSE, { id: inspection.id }))).toBe('INVALID_TRANSITION');
    const refused = await api.exec(CLOSE, { id: inspection.id });
    expect(refused.errors![0].extensions!.openFindings).toEqual([late.id, onTime.id]);

    const first = await api.exec(RECTIFY, { i: inspection.id, f: late.id, n: '已安排值班教师，排班表已公示' }, schoolAdminOf(schoolId));
    expect(first.errors).toBeUndefined();
    const after = first.data!.recordRectification;
    expect(after).toMatchObject({ version: 2, status: 'OPEN', openFindingCount: 1, overdueFindingCount: 0 });
    expect(after.findings[0]).toMatchObject({ rectification: '已安排值班教师，排班表已公示', overdue: false });
    expect(after.findings[0].rectifiedAt).toBeTruthy();

    expect(codeOf(await api.exec(RECTIFY, { i: inspection.id, f: late.id, n: '再次整改' }, schoolAdminOf(schoolId)))).toBe('INVALID_TRANSITION');
    expect(codeAndField(await api.exec(RECTIFY, { i: inspection.id, f: 'f_unknown', n: '整改' }, schoolAdminOf(schoolId)))).toEqual([
      'BAD_USER_INPUT',
      'findingId',
    ]);
    expect(codeAndField(await api.exec(RECTIFY, { i: inspection.id, f: onTime.id, n: '  ' }, schoolAdminOf(schoolId)))).toEqual(['BAD_USER_INPUT', 'input']);
    expect(codeOf(await api.exec(RECTIFY, { i: inspection.id, f: onTime.id, n: '整改', v: 1 }, schoolAdminOf(schoolId)))).toBe('CONFLICT');
    expect(codeOf(await api.exec(RECTIFY, { i: inspection.id, f: onTime.id, n: '整改' }, schoolAdminOf(otherSchoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(RECTIFY, { i: inspection.id, f: onTime.id, n: '整改' }, providerUser))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(CLOSE, { id: inspection.id }, schoolAdminOf(schoolId)))).toBe('FORBIDDEN');

    expect((await api.exec(RECTIFY, { i: inspection.id, f: onTime.id, n: '已按行政班重新编组', v: 2 }, schoolAdminOf(schoolId))).errors).toBeUndefined();
    const closed = await api.exec(CLOSE, { id: inspection.id, v: 3 });
    expect(closed.data!.closeInspection).toMatchObject({ status: 'CLOSED', version: 4, openFindingCount: 0 });
    expect(closed.data!.closeInspection.closedAt).toBeTruthy();
    expect(codeOf(await api.exec(CLOSE, { id: inspection.id }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec(RECTIFY, { i: inspection.id, f: onTime.id, n: '整改' }, schoolAdminOf(schoolId)))).toBe('INVALID_TRANSITION');
    expect((await auditActions(api, inspection.id)).sort()).toEqual(['CLOSE', 'CREATE', 'RECTIFY', 'RECTIFY']);
  });

  it('lets only one of two simultaneous rectifications made from the same version through', async () => {
    const inspection = await record();
    const results = await Promise.all(
      inspection.findings.map((f: { id: string }) => api.exec(RECTIFY, { i: inspection.id, f: f.id, n: '整改完成', v: 1 }, schoolAdminOf(schoolId))),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
    expect((await api.exec(GET, { id: inspection.id })).data!.inspection.openFindingCount).toBe(1);
  });

  it('closes an inspection without findings at once', async () => {
    const inspection = await record({ findings: [] });
    expect((await api.exec(CLOSE, { id: inspection.id })).data!.closeInspection.status).toBe('CLOSED');
  });

  it('lists overdue findings, and shows a school admin only their own school’s inspections', async () => {
    const theirs = await record({ schoolId: otherSchoolId, findings: [{ item: '其他学校的问题', severity: 'MEDIUM', rectifyBy: localDate(-1) }] });
    const overdue = (await api.exec(LIST, { f: { overdue: true } })).data!.inspections.nodes.map((n: { id: string }) => n.id);
    expect(overdue).toContain(theirs.id);
    const own = (await api.exec(LIST, {}, schoolAdminOf(schoolId))).data!.inspections;
    expect(own.nodes.every((n: { schoolId: string }) => n.schoolId === schoolId)).toBe(true);
    expect(own.totalCount).toBe(own.nodes.length);
    expect(codeOf(await api.exec(LIST, { f: { schoolId: otherSchoolId } }, schoolAdminOf(schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(GET, { id: theirs.id }, schoolAdminOf(schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(LIST, {}, providerUser))).toBe('FORBIDDEN');

    const dashboard = async (viewer = schoolAdminOf(otherSchoolId)) =>
      (await api.exec('{ dashboard { overdueFindingCount overdueFindings { inspectionId schoolId item daysOverdue } } }', {}, viewer)).data!.dashboard;
    expect(await dashboard()).toEqual({
      overdueFindingCount: 1,
      overdueFindings: [{ inspectionId: theirs.id, schoolId: otherSchoolId, item: '其他学校的问题', daysOverdue: 1 }],
    });
    expect((await dashboard(schoolAdminOf(schoolId))).overdueFindings.every((f: { schoolId: string }) => f.schoolId === schoolId)).toBe(true);
    await api.exec(RECTIFY, { i: theirs.id, f: theirs.findings[0].id, n: '已整改' }, schoolAdminOf(otherSchoolId));
    expect((await dashboard()).overdueFindingCount).toBe(0);
  });

  it('keeps the term while inspections refer to it', async () => {
    expect(codeOf(await api.exec('mutation($id: ID!) { deleteTerm(id: $id) }', { id: termId }))).toBe('INVALID_TRANSITION');
  });
});

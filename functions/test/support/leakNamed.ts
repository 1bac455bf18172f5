import { expect } from 'vitest';
import type { Viewer } from '../../src/auth/viewer';
import { randomToken } from '../../src/core/ids';
import type { TestApi } from './api';
import { districtAdmin, schoolAdminOf } from './api';
import { activityInput, approvedProvider, CREATE_ACTIVITY, createContract, createProvider, createSchool, createTerm } from './domain';
import { answerSurveyTimes } from './surveyAnswers';

// The leak world's shared records (schools A, B, C, providers P1–P3 and everything at each), apart from how each
// role's walk is set up (leakWorld.ts).

const marker = (label: string) => `${label}-${randomToken(8)}`;

export const okAs =
  (api: TestApi) =>
  async (query: string, variables: Record<string, unknown>, viewer: Viewer | null = districtAdmin) => {
    const result = await api.exec(query, variables, viewer);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return result.data!;
  };

export async function buildNamed(api: TestApi) {
  const ok = okAs(api);
  const school = async (label: string) => {
    const principal = marker(`principal${label}`);
    const leader = marker(`leader${label}`);
    const created = await createSchool(api, {
      principal,
      leadershipGroup: [{ role: 'LEADER', name: leader }],
      pickupSlots: [{ grades: [1, 2, 3], times: ['16:00'] }],
    });
    const term = await createTerm(api, created.id);
    return { id: created.id as string, termId: term.id as string, principal, leader };
  };
  const [A, B, C] = [await school('A'), await school('B'), await school('C')];
  const P1 = await approvedProvider(api, { name: marker('providerP1') });
  const P2 = await approvedProvider(api, { name: marker('providerP2') });
  const P3 = await createProvider(api, { name: marker('providerP3') }); // APPLIED: only the district reads it

  const contract = async (schoolId: string, termId: string, providerId: string, label: string) => {
    const content = marker(`contract${label}`);
    const created = await createContract(api, schoolId, termId, providerId, { serviceContent: content });
    await ok('mutation($id: ID!) { signContract(id: $id) { status } }', { id: created.id });
    await ok('mutation($id: ID!) { activateContract(id: $id) { status } }', { id: created.id });
    return { id: created.id as string, content };
  };
  const cA1 = await contract(A.id, A.termId, P1.id, 'A1');
  const cB1 = await contract(B.id, B.termId, P1.id, 'B1');
  const cB2 = await contract(B.id, B.termId, P2.id, 'B2');

  const activity = async (termId: string, label: string, overrides: Record<string, unknown>) => {
    const title = marker(`activity${label}`);
    const data = await ok(CREATE_ACTIVITY, { input: activityInput(termId, { title, venue: marker('venue'), staffName: `老师${label}`, ...overrides }) });
    return { id: data.createActivity.id as string, title };
  };
  const aA1 = await activity(A.termId, 'A1', {});
  const aA2 = await activity(A.termId, 'A2', { contractId: cA1.id, staffName: null, category: 'SPORTS', weekday: 'TUESDAY' });
  const aB1 = await activity(B.termId, 'B1', { contractId: cB1.id, staffName: null, category: 'SPORTS', weekday: 'TUESDAY' });
  const aB2 = await activity(B.termId, 'B2', { contractId: cB2.id, staffName: null, category: 'SPORTS', weekday: 'WEDNESDAY' });
  const aC = await activity(C.termId, 'C', {});

  const evaluation = async (schoolId: string, providerId: string, label: string, score: number) => {
    const findings = marker(`findings${label}`);
    const scores = ['STANDARDISATION', 'QUALITY', 'SAFETY', 'SATISFACTION'].map((criterion) => ({ criterion, score }));
    const data = await ok('mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }', {
      input: { providerId, schoolId, kind: 'SPOT_CHECK', date: '2026-10-10', evaluator: '督导组', scores, findings },
    });
    return { id: data.recordEvaluation.id as string, findings };
  };
  // Both below the exit threshold: the first opens an automatic case on P1, the second adds its evidence.
  const eA1 = await evaluation(A.id, P1.id, 'A1', 40);
  const eB1 = await evaluation(B.id, P1.id, 'B1', 45);
  const eB2 = await evaluation(B.id, P2.id, 'B2', 90);
  const exits = await ok('query($p: ID!) { providerExits(filter: { providerId: $p }) { nodes { id version } } }', { p: P1.id });
  const exit = exits.providerExits.nodes[0] as { id: string; version: number };
  const exitComment = marker('decision');
  await ok('mutation($id: ID!, $c: String) { decideProviderExit(id: $id, decision: APPROVE, comment: $c) { status } }', { id: exit.id, c: exitComment });

  const survey = async (schoolId: string, label: string) => {
    const title = marker(`survey${label}`);
    const data = await ok('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id version } }', {
      input: { title, kind: 'SATISFACTION', scope: 'SCHOOL', scopeId: schoolId, questions: [{ kind: 'RATING', text: '您对课后服务满意吗？' }] },
    });
    const published = await ok('mutation($id: ID!) { publishSurvey(id: $id) { accessCode } }', { id: data.createSurvey.id });
    return { id: data.createSurvey.id as string, title, accessCode: published.publishSurvey.accessCode as string };
  };
  const sA = await survey(A.id, 'A');
  const sB = await survey(B.id, 'B');

  // A district-wide survey answered at A (11 parents, all satisfied) and B (13, all dissatisfied): a school admin of A
  // reads A's slice only — never the district's total (24) nor B's figures (13 ratings of 1).
  const districtTitle = marker('surveyDistrict');
  const created = await ok('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', {
    input: { title: districtTitle, kind: 'SATISFACTION', scope: 'DISTRICT', questions: [{ kind: 'RATING', text: '您对课后服务满意吗？' }] },
  });
  const publishedDistrict = await ok('mutation($id: ID!) { publishSurvey(id: $id) { accessCode } }', { id: created.createSurvey.id });
  const sD = { id: created.createSurvey.id as string, title: districtTitle, accessCode: publishedDistrict.publishSurvey.accessCode as string };
  await answerSurveyTimes(api, 11, sD.accessCode, [{ questionId: 'q1', rating: 5 }], { schoolId: A.id });
  await answerSurveyTimes(api, 13, sD.accessCode, [{ questionId: 'q1', rating: 1 }], { schoolId: B.id });
  const sliceFigures = { ownCount: '"responseCount":11', districtTotal: '"responseCount":24', otherSchoolRatings: '"count":13' };

  // District inspections of A and B, each finding overdue, A's rectified by A's admin (marked note).
  const inspection = async (schoolId: string, label: string) => {
    const item = marker(`finding${label}`);
    const data = await ok('mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id findings { id } } }', {
      input: {
        schoolId,
        date: '2026-11-10',
        inspectors: ['区督导室'],
        summary: marker(`inspectionSummary${label}`),
        score: 70,
        findings: [{ item, severity: 'HIGH', rectifyBy: '2026-11-20' }],
      },
    });
    return { id: data.recordInspection.id as string, findingId: data.recordInspection.findings[0].id as string, item };
  };
  const iA = await inspection(A.id, 'A');
  const iB = await inspection(B.id, 'B');
  const rectificationA = marker('rectificationA');
  await ok(
    'mutation($i: ID!, $f: ID!, $n: String!) { recordRectification(inspectionId: $i, findingId: $f, note: $n) { id } }',
    { i: iA.id, f: iA.findingId, n: rectificationA },
    schoolAdminOf(A.id),
  );

  return {
    A,
    B,
    C,
    P1: P1 as { id: string },
    P2: P2 as { id: string },
    P3: P3 as { id: string },
    cA1,
    cB1,
    cB2,
    aA1,
    aA2,
    aB1,
    aB2,
    aC,
    eA1,
    eB1,
    eB2,
    exit,
    exitComment,
    sA,
    sB,
    sD,
    sliceFigures,
    iA,
    iB,
    rectificationA,
  };
}

export type LeakNamed = Awaited<ReturnType<typeof buildNamed>>;

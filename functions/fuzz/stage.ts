import type { Viewer } from '../src/auth/viewer';
import { localDate } from '../src/core/clock';
import type { IdPools } from './schemaArbitraries';

// `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
export type Exec = (
  query: string,
  variables?: Record<string, unknown>,
  viewer?: Viewer | null,
) => Promise<{ data?: Record<string, any> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }>;

const district: Viewer = { sub: 'fuzz-district', role: 'DISTRICT_ADMIN' };

async function must(exec: Exec, query: string, variables: Record<string, unknown> = {}) {
  const result = await exec(query, variables, district);
  if (result.errors) throw new Error(`stage: ${query.slice(0, 60)} → ${JSON.stringify(result.errors)}`);
  return Object.values(result.data!)[0] as Record<string, any>;
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`.toUpperCase();

const providerInput = () => ({
  name: `测试机构${unique()}`,
  creditCode: `91${unique()}`.padEnd(18, '0').slice(0, 18),
  kind: 'SOCIAL_PROFESSIONAL',
  contactName: '李老师',
  contactPhone: '0531-88886666',
  serviceCategories: ['SPORTS', 'ARTS'],
  qualifications: [{ certificateType: '营业执照', number: 'Q-1', issuer: '区市场监管局', validFrom: '2025-01-01', validTo: '2030-12-31' }],
  staff: [{ name: '王教练', role: '足球教练' }],
});

const contractInput = (schoolId: string, termId: string, providerId: string) => ({
  schoolId,
  termId,
  providerId,
  serviceMethod: '每周二在校内开展',
  serviceContent: '足球社团',
  safetyMeasures: '持证上岗',
  ratePerHour: 120,
  hours: 36,
});

/**
 * The records every family starts from (a fresh table each time): two schools with a term each, providers in
 * several admission states, draft and active contracts, timetable activities, an evaluation, an open and an approved
 * exit case, an open and a draft survey with respondent keys for the open one, a pending document, an OPEN inspection
 * with two findings. Returns the id pools (and key pools) the arbitraries draw from.
 */
export async function stageDistrict(exec: Exec): Promise<{ pools: IdPools; schoolA: string; providerA: string; termA: string; activityA: string }> {
  const pools: IdPools = {};
  const add = (pool: string, id: string) => (pools[pool] ??= []).push(id);

  const schools = [];
  for (const name of ['甲小学', '乙小学']) {
    const school = await must(exec, 'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', {
      input: { name: `${name}${unique()}`, code: `F-${unique()}`, type: 'PRIMARY', ownership: 'PUBLIC', grades: [1, 2, 3, 4, 5, 6], studentCount: 300 },
    });
    schools.push(school.id as string);
    add('School', school.id);
  }
  const terms = [];
  for (const schoolId of schools) {
    const term = await must(exec, 'mutation($input: CreateTermInput!) { createTerm(input: $input) { id } }', {
      input: { schoolId, schoolYear: '2026-2027', semester: 1, startDate: '2026-09-01', endDate: '2027-01-22', excludedDates: [] },
    });
    terms.push(term.id as string);
    add('Term', term.id);
  }

  const providers = [];
  for (let i = 0; i < 4; i++) {
    const provider = await must(exec, 'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }', { input: providerInput() });
    providers.push(provider.id as string);
    add('Provider', provider.id);
  }
  // 0–2 approved, 3 left APPLIED.
  for (const id of providers.slice(0, 3)) {
    await must(exec, 'mutation($id: ID!) { submitProviderForReview(id: $id) { id } }', { id });
    await must(exec, 'mutation($id: ID!) { reviewProvider(id: $id, decision: APPROVE) { id } }', { id });
  }

  const contracts = [];
  for (const providerId of providers.slice(0, 3)) {
    const contract = await must(exec, 'mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', {
      input: contractInput(schools[0], terms[0], providerId),
    });
    await must(exec, 'mutation($id: ID!) { signContract(id: $id) { id } }', { id: contract.id });
    await must(exec, 'mutation($id: ID!) { activateContract(id: $id) { id } }', { id: contract.id });
    contracts.push(contract.id as string);
    add('Contract', contract.id);
  }
  add(
    'Contract',
    (
      await must(exec, 'mutation($input: CreateContractInput!) { createContract(input: $input) { id } }', {
        input: contractInput(schools[1], terms[1], providers[0]),
      })
    ).id,
  );

  const activity = (termId: string, weekday: string, venue: string, extra: Record<string, unknown>) =>
    must(exec, 'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }', {
      input: {
        termId,
        weekday,
        startTime: '15:30',
        endTime: '16:30',
        title: '足球',
        category: 'SPORTS',
        venue,
        segment: 'GRADE',
        grades: [3, 4],
        capacity: 40,
        enrolledCount: 20,
        ...extra,
      },
    });
  const activityA = (await activity(terms[0], 'MONDAY', '操场', { staffName: '张老师' })).id as string;
  add('Activity', activityA);
  add('Activity', (await activity(terms[0], 'TUESDAY', '操场', { providerId: providers[0], contractId: contracts[0], staffName: '王教练' })).id);
  add('Activity', (await activity(terms[0], 'WEDNESDAY', '体育馆', { providerId: providers[2], contractId: contracts[2], staffName: '赵教练' })).id);
  add('Activity', (await activity(terms[1], 'MONDAY', '礼堂', { staffName: '钱老师' })).id);

  const evaluation = await must(exec, 'mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }', {
    input: {
      providerId: providers[0],
      schoolId: schools[0],
      kind: 'SPOT_CHECK',
      date: '2026-10-10',
      evaluator: '督导',
      scores: [{ criterion: 'QUALITY', score: 85 }],
    },
  });
  add('Evaluation', evaluation.id);

  // An open case on provider 1, an approved one (with an affected activity) on provider 2.
  add(
    'ProviderExit',
    (
      await must(exec, 'mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }', {
        input: { providerId: providers[1], reason: '测试' },
      })
    ).id,
  );
  const approved = await must(exec, 'mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }', {
    input: { providerId: providers[2], reason: '测试' },
  });
  await must(exec, 'mutation($id: ID!) { decideProviderExit(id: $id, decision: APPROVE) { id } }', { id: approved.id });
  add('ProviderExit', approved.id);

  const questions = [
    { kind: 'RATING', text: '您对课后服务满意吗？' },
    { kind: 'SINGLE_CHOICE', text: '您最希望增加哪类活动？', options: ['足球', '美术', '编程'], required: false },
    { kind: 'MULTI_CHOICE', text: '孩子参加了哪些活动？', options: ['阅读', '体育'], required: false },
    { kind: 'TEXT', text: '其他建议', required: false },
  ];
  const open = await must(exec, 'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id accessCode questions { id options } } }', {
    input: { title: '课后服务满意度', kind: 'SATISFACTION', scope: 'DISTRICT', questions },
  });
  await must(exec, 'mutation($id: ID!) { publishSurvey(id: $id) { id } }', { id: open.id });
  const draft = await must(exec, 'mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id accessCode } }', {
    input: { title: '需求征询', kind: 'DEMAND', scope: 'SCHOOL', scopeId: schools[0], questions: questions.slice(1) },
  });
  add('Survey', open.id);
  add('Survey', draft.id);
  // Plausible codes are those of OPEN surveys (published ones join during the run); a draft's code is an edge.
  add('AccessCode', open.accessCode);
  add('DraftAccessCode', draft.accessCode);
  const byKind: Record<string, string> = { RATING: 'RatingQuestion', SINGLE_CHOICE: 'ChoiceQuestion', MULTI_CHOICE: 'MultiQuestion', TEXT: 'TextQuestion' };
  for (const [index, question] of (open.questions as { id: string; options: string[] }[]).entries()) {
    add('Question', question.id);
    add(byKind[questions[index].kind], question.id);
    for (const option of question.options) add('Option', option);
  }
  // Answers need server-issued keys (anonymous, like the public page).
  for (let i = 0; i < 3; i++) {
    const issued = await exec('mutation($c: String!) { issueRespondentKey(accessCode: $c) { key } }', { c: open.accessCode }, null);
    if (issued.errors) throw new Error(`stage: issueRespondentKey → ${JSON.stringify(issued.errors)}`);
    add('RespondentKey', issued.data!.issueRespondentKey.key);
    add('SurveyKey', `${open.accessCode} ${issued.data!.issueRespondentKey.key}`);
  }

  const upload = await must(exec, 'mutation($input: RequestDocumentUploadInput!) { requestDocumentUpload(input: $input) { document { id } } }', {
    input: { ownerId: providers[0], fileName: '资质.pdf', contentType: 'application/pdf', size: 1000 },
  });
  add('Document', upload.document.id);

  // An inspection on a past day of the term (yesterday, at the latest the term's last day), one finding rectified.
  const yesterday = localDate(-1);
  const inspection = await must(exec, 'mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id findings { id } } }', {
    input: {
      schoolId: schools[0],
      date: yesterday < '2027-01-22' ? yesterday : '2027-01-15',
      inspectors: ['区督导室 陈督学'],
      score: 80,
      findings: [
        { item: '延时托管无教师在岗', severity: 'HIGH', rectifyBy: '2027-01-22' },
        { item: '作业辅导未按行政班组织', severity: 'LOW', rectifyBy: '2027-01-22' },
      ],
    },
  });
  add('Inspection', inspection.id);
  for (const finding of inspection.findings as { id: string }[]) {
    add('InspectionFinding', finding.id);
    add('FindingOf', `${inspection.id} ${finding.id}`);
  }
  await must(exec, 'mutation($i: ID!, $f: ID!) { recordRectification(inspectionId: $i, findingId: $f, note: "已安排教师在岗") { id } }', {
    i: inspection.id,
    f: inspection.findings[0].id,
  });

  return { pools, schoolA: schools[0], providerA: providers[0], termA: terms[0], activityA };
}

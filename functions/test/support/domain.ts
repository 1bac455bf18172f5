import { expect } from 'vitest';
import { localDate } from '../../src/core/clock';
import { randomToken } from '../../src/core/ids';
import type { TestApi } from './api';
import { schoolInput, termInput } from './builders';

/** A valid createProvider input with a unique credit code and a qualification valid from last year to next year. */
export const providerInput = (overrides: Record<string, unknown> = {}) => ({
  name: `测试体育培训中心${randomToken(4)}`,
  creditCode: `91${randomToken(16)}`.toUpperCase(),
  kind: 'SOCIAL_PROFESSIONAL',
  contactName: '李教练',
  contactPhone: '0531-88886666',
  serviceCategories: ['SPORTS'],
  qualifications: [{ certificateType: '营业执照', number: `Q${randomToken(6)}`, issuer: '区市场监管局', validFrom: localDate(-365), validTo: localDate(365) }],
  staff: [{ name: '王教练', role: '足球教练', certificates: [{ certificateType: '教练员证', number: 'C-1' }] }],
  ...overrides,
});

async function ok<T = Record<string, any>>(api: TestApi, query: string, variables: Record<string, unknown>, key: string): Promise<T> {
  const result = await api.exec(query, variables);
  expect(result.errors, `${key}: ${JSON.stringify(result.errors)}`).toBeUndefined();
  return result.data![key] as T;
}

export const createSchool = (api: TestApi, overrides: Record<string, unknown> = {}) =>
  ok(api, 'mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id } }', { input: schoolInput(overrides) }, 'createSchool');

export const createTerm = (api: TestApi, schoolId: string, overrides: Record<string, unknown> = {}) =>
  ok(api, 'mutation($input: CreateTermInput!) { createTerm(input: $input) { id startDate endDate } }', { input: termInput(schoolId, overrides) }, 'createTerm');

export const createProvider = (api: TestApi, overrides: Record<string, unknown> = {}) =>
  ok(
    api,
    'mutation($input: CreateProviderInput!) { createProvider(input: $input) { id version status qualifications { id } } }',
    { input: providerInput(overrides) },
    'createProvider',
  );

/** A provider taken through admission to APPROVED. */
export async function approvedProvider(api: TestApi, overrides: Record<string, unknown> = {}) {
  const provider = await createProvider(api, overrides);
  await ok(api, 'mutation($id: ID!) { submitProviderForReview(id: $id) { status } }', { id: provider.id }, 'submitProviderForReview');
  await ok(api, 'mutation($id: ID!) { reviewProvider(id: $id, decision: APPROVE, comment: "资质齐全") { status } }', { id: provider.id }, 'reviewProvider');
  return provider;
}

export const contractInput = (schoolId: string, termId: string, providerId: string, overrides: Record<string, unknown> = {}) => ({
  schoolId,
  termId,
  providerId,
  serviceMethod: '每周二、四下午在校内开展足球训练',
  serviceContent: '足球社团：基本技术、体能与比赛',
  safetyMeasures: '教练持证上岗，训练前检查场地器材，配备急救包',
  ratePerHour: 120,
  hours: 36,
  ...overrides,
});

export const createContract = (api: TestApi, schoolId: string, termId: string, providerId: string, overrides: Record<string, unknown> = {}) =>
  ok(
    api,
    'mutation($input: CreateContractInput!) { createContract(input: $input) { id version status totalAmount startDate endDate } }',
    { input: contractInput(schoolId, termId, providerId, overrides) },
    'createContract',
  );

/** A contract signed and activated. */
export async function activeContract(api: TestApi, schoolId: string, termId: string, providerId: string) {
  const contract = await createContract(api, schoolId, termId, providerId);
  await ok(api, 'mutation($id: ID!) { signContract(id: $id) { status } }', { id: contract.id }, 'signContract');
  await ok(api, 'mutation($id: ID!) { activateContract(id: $id) { status } }', { id: contract.id }, 'activateContract');
  return contract;
}

/** A school with a term: the usual stage for timetable tests. */
export async function schoolWithTerm(api: TestApi) {
  const school = await createSchool(api);
  const term = await createTerm(api, school.id);
  return { schoolId: school.id as string, termId: term.id as string };
}

export const activityInput = (termId: string, overrides: Record<string, unknown> = {}) => ({
  termId,
  weekday: 'MONDAY',
  startTime: '15:30',
  endTime: '16:30',
  title: '作业辅导',
  category: 'HOMEWORK',
  venue: '三(2)班教室',
  segment: 'CLASS',
  staffName: '张老师',
  grades: [3],
  capacity: 45,
  enrolledCount: 30,
  ...overrides,
});

export const CREATE_ACTIVITY =
  'mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version weekday startTime endTime venue staffName providerId contractId status } }';

export const auditActions = async (api: TestApi, entityId: string) =>
  (
    (await api.exec('query($id: ID!) { auditEvents(entityId: $id, first: 100) { nodes { action actorSub } } }', { id: entityId })).data?.auditEvents.nodes ?? []
  ).map((node: { action: string }) => node.action);

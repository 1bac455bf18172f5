import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { expect } from 'vitest';
import { localDate } from '../../src/core/clock';
import { codeOf, createTestApi, fieldOf, type GraphQLResult, type TestApi } from './api';
import { activeContract, activityInput, approvedProvider, CREATE_ACTIVITY, createSchool, createTerm } from './domain';

/**
 * The stage of the input-edge regression tests (issue 11: each edge once answered INTERNAL_SERVER_ERROR), shared by
 * `inputEdges*.test.ts`: two of everything, so every list has a second page to point a cursor at.
 */
export interface InputEdgeStage {
  schoolId: string;
  termId: string;
  providerId: string;
  contractId: string;
  exitId: string;
  surveyId: string;
  inspectionId: string;
  findingId: string;
}

/** Every item of the table, in a stable form: a failed mutation must leave this unchanged. */
export async function tableItems(api: TestApi): Promise<string> {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await api.db.doc.send(new ScanCommand({ TableName: api.db.config.tableName, ExclusiveStartKey: start }));
    items.push(...((out.Items ?? []) as Record<string, unknown>[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return JSON.stringify(items.map((item) => JSON.stringify(item)).sort());
}

/** Runs a refused mutation: BAD_USER_INPUT naming `field`, and the table unchanged. */
export async function expectRefusedWithoutWrite(api: TestApi, query: string, variables: Record<string, unknown>, field: string) {
  const before = await tableItems(api);
  const result = await api.exec(query, variables);
  expect(codeOf(result), JSON.stringify(result.errors)).toBe('BAD_USER_INPUT');
  expect(fieldOf(result)).toBe(field);
  expect(await tableItems(api)).toBe(before);
  return result;
}

export const ok = (result: GraphQLResult) => {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!;
};

/** An inspection of the first school on a past day of its first term (2026-09-01 – 2027-01-22): yesterday, at the latest 2027-01-15. */
export const inspectionInput = (stage: InputEdgeStage, overrides: Record<string, unknown> = {}) => ({
  schoolId: stage.schoolId,
  date: localDate(-1) < '2027-01-22' ? localDate(-1) : '2027-01-15',
  inspectors: ['区督导室 陈督学'],
  score: 80,
  findings: [{ item: '延时托管无教师在岗', severity: 'HIGH', rectifyBy: localDate(10) }],
  ...overrides,
});

const SURVEY = {
  title: '课后服务满意度',
  intro: '欢迎填写',
  kind: 'SATISFACTION',
  scope: 'DISTRICT',
  questions: [{ kind: 'RATING', text: '您对课后服务满意吗？' }],
};

/** A fresh table with the stage: schools, terms, providers, contracts, activities, evaluations, exits, surveys, inspections. */
export async function stageInputEdges(): Promise<{ api: TestApi; stage: InputEdgeStage }> {
  const api = await createTestApi();
  // Two of everything, so every list has a second page to point a cursor at.
  const schools = [await createSchool(api), await createSchool(api)];
  const terms = [
    await createTerm(api, schools[0].id),
    await createTerm(api, schools[0].id, { semester: 2, startDate: '2027-02-20', endDate: '2027-07-01', excludedDates: [] }),
  ];
  await createTerm(api, schools[1].id);
  const providers = [await approvedProvider(api), await approvedProvider(api)];
  const contracts = [
    await activeContract(api, schools[0].id, terms[0].id, providers[0].id),
    await activeContract(api, schools[0].id, terms[0].id, providers[1].id),
  ];
  for (const venue of ['操场', '体育馆'])
    ok(await api.exec(CREATE_ACTIVITY, { input: activityInput(terms[0].id, { venue, staffName: venue, category: 'SPORTS', contractId: contracts[0].id }) }));
  for (const score of [90, 80]) {
    ok(
      await api.exec('mutation($input: RecordEvaluationInput!) { recordEvaluation(input: $input) { id } }', {
        input: {
          providerId: providers[0].id,
          schoolId: schools[0].id,
          kind: 'SPOT_CHECK',
          date: localDate(),
          evaluator: '督导',
          scores: [{ criterion: 'QUALITY', score }],
        },
      }),
    );
  }
  const exits = [];
  for (const provider of providers) {
    exits.push(
      ok(
        await api.exec('mutation($input: OpenProviderExitInput!) { openProviderExit(input: $input) { id } }', {
          input: { providerId: provider.id, reason: '测试' },
        }),
      ).openProviderExit.id,
    );
  }
  const surveys = [];
  for (let i = 0; i < 2; i++)
    surveys.push(ok(await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id } }', { input: SURVEY })).createSurvey.id);
  const stage: InputEdgeStage = {
    schoolId: schools[0].id,
    termId: terms[0].id,
    providerId: providers[0].id,
    contractId: contracts[0].id,
    exitId: exits[0],
    surveyId: surveys[0],
    inspectionId: '',
    findingId: '',
  };
  // An OPEN inspection with one finding (for the inspection steps and the inspections list).
  for (let i = 0; i < 2; i++) {
    const inspection = ok(
      await api.exec('mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { id findings { id } } }', { input: inspectionInput(stage) }),
    ).recordInspection;
    stage.inspectionId = inspection.id;
    stage.findingId = inspection.findings[0].id;
  }
  return { api, stage };
}

import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { createContext } from '../src/server/context';
import { clientNetwork } from '../src/surveys/abuseGuards';
import { codeOf, createTestApi, fieldOf, type GraphQLResult, type TestApi } from './support/api';
import { createSchool } from './support/domain';
import { startBothHosts } from './support/hosts';

const ISSUE = 'mutation($code: String!) { issueRespondentKey(accessCode: $code) { key } }';
const SUBMIT = `mutation($code: String!, $key: String!, $answers: [SurveyAnswerInput!]!, $grade: Int, $school: ID) {
  submitSurveyResponse(accessCode: $code, respondentKey: $key, answers: $answers, grade: $grade, schoolId: $school) { accepted replaced } }`;
const COUNT = 'query($id: ID!) { surveyResults(surveyId: $id) { responseCount } }';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterEach(() => {
  delete process.env.SURVEY_RATE_LIMIT_PER_MINUTE;
  delete process.env.SURVEY_CLIENT_RATE_LIMIT_PER_MINUTE;
  delete process.env.SURVEY_KEYS_PER_CLIENT_PER_HOUR;
});

/** As the public route runs an operation: no viewer, the caller's address from the connection. */
async function anonymous(query: string, variables: Record<string, unknown>, clientAddress: string): Promise<GraphQLResult> {
  const response = await api.server.executeOperation(
    { query, variables },
    { contextValue: createContext(api.services, null as Viewer | null, { publicRoute: true, clientAddress }) },
  );
  if (response.body.kind !== 'single') throw new Error('Expected a single result');
  return response.body.singleResult as GraphQLResult;
}

const issue = async (code: string, clientAddress: string) => {
  const result = await anonymous(ISSUE, { code }, clientAddress);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data!.issueRespondentKey.key as string;
};

const valid = [{ questionId: 'q1', rating: 5 }];

async function openSurvey() {
  const school = await createSchool(api);
  const input = {
    title: '课后服务满意度',
    intro: '自愿填写。',
    kind: 'SATISFACTION',
    scope: 'SCHOOL',
    scopeId: school.id,
    questions: [{ kind: 'RATING', text: '总体满意度' }],
  };
  const created = (await api.exec('mutation($input: CreateSurveyInput!) { createSurvey(input: $input) { id accessCode } }', { input })).data!.createSurvey;
  await api.exec('mutation($id: ID!) { publishSurvey(id: $id) { status } }', { id: created.id });
  return created as { id: string; accessCode: string };
}

const responseCount = async (id: string) => (await api.exec(COUNT, { id })).data!.surveyResults.responseCount as number;

/** Limits count per clock minute: start a burst early in a minute, so it does not straddle two windows. */
async function earlyInAMinute() {
  const second = new Date().getSeconds();
  if (second > 45) await new Promise((wait) => setTimeout(wait, (61 - second) * 1000));
}

describe('junk does not lock parents out (issue 11)', () => {
  it('650 invalid submissions from one network, then a valid one from the same network: accepted', async () => {
    const survey = await openSurvey();
    const other = await openSurvey();
    const client = '203.0.113.10';
    const key = await issue(survey.accessCode, client);
    const foreignKey = await issue(other.accessCode, client);
    const junk = [
      { key: 'rk1.madeupmadeupmadeup00.madeupmadeupmadeup00', answers: valid },
      { key: foreignKey, answers: valid },
      { key: `${key.slice(0, -2)}AA`, answers: valid },
      { key, answers: [{ questionId: 'q1', rating: 9 }] },
      { key, answers: [{ questionId: 'q404', rating: 3 }] },
      { key, answers: [] },
      { key, answers: valid, school: 'sch_elsewhere' },
    ];
    await earlyInAMinute();
    const codes = new Map<string, number>();
    for (let batch = 0; batch < 650; batch += 25) {
      const results = await Promise.all(
        Array.from({ length: Math.min(25, 650 - batch) }, (_, i) => {
          const { key: sent, ...rest } = junk[(batch + i) % junk.length];
          return anonymous(SUBMIT, { code: survey.accessCode, key: sent, ...rest }, client);
        }),
      );
      for (const result of results) codes.set(String(codeOf(result)), (codes.get(String(codeOf(result))) ?? 0) + 1);
    }
    expect(Object.fromEntries(codes)).toEqual({ BAD_USER_INPUT: 650 });
    const parent = await anonymous(SUBMIT, { code: survey.accessCode, key, answers: valid }, client);
    expect(parent.errors).toBeUndefined();
    expect(parent.data!.submitSurveyResponse).toEqual({ accepted: true, replaced: false });
    expect(await responseCount(survey.id)).toBe(1);
  }, 240_000);

  it('invalid submissions do not count against the per-network limit either', async () => {
    const survey = await openSurvey();
    process.env.SURVEY_CLIENT_RATE_LIMIT_PER_MINUTE = '3';
    const client = '203.0.113.11';
    await earlyInAMinute();
    for (let i = 0; i < 10; i++)
      expect(codeOf(await anonymous(SUBMIT, { code: survey.accessCode, key: `rk1.junk${i}junkjunkjunkjunk.x`, answers: valid }, client))).toBe(
        'BAD_USER_INPUT',
      );
    for (let i = 0; i < 3; i++) {
      const result = await anonymous(SUBMIT, { code: survey.accessCode, key: await issue(survey.accessCode, client), answers: valid }, client);
      expect(result.errors).toBeUndefined();
    }
  });
});

describe('respondent keys come from the server (issue 11)', () => {
  it('refuses made-up, tampered and other surveys’ keys, and accepts an issued one once per device', async () => {
    const survey = await openSurvey();
    const other = await openSurvey();
    const client = '203.0.113.20';
    const key = await issue(survey.accessCode, client);
    expect(key).toMatch(/^rk1\.[\w-]{22}\.[\w-]{22}$/);
    for (const forged of ['device-0001-abcdef', 'rk1.AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAA', `${key}x`, await issue(other.accessCode, client)]) {
      const refused = await anonymous(SUBMIT, { code: survey.accessCode, key: forged, answers: valid }, client);
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'respondentKey']);
    }
    expect((await anonymous(SUBMIT, { code: survey.accessCode, key, answers: valid }, client)).data!.submitSurveyResponse.replaced).toBe(false);
    expect(
      (await anonymous(SUBMIT, { code: survey.accessCode, key, answers: [{ questionId: 'q1', rating: 2 }] }, client)).data!.submitSurveyResponse.replaced,
    ).toBe(true);
    expect(await responseCount(survey.id)).toBe(1);
  });

  it('issues keys only for open surveys', async () => {
    const survey = await openSurvey();
    expect(codeOf(await anonymous(ISSUE, { code: 'nosuchcode' }, '203.0.113.21'))).toBe('NOT_FOUND');
    expect(codeOf(await anonymous(ISSUE, { code: 'x'.repeat(3000) }, '203.0.113.21'))).toBe('BAD_USER_INPUT');
    await api.exec('mutation($id: ID!) { closeSurvey(id: $id) { status } }', { id: survey.id });
    expect(codeOf(await anonymous(ISSUE, { code: survey.accessCode }, '203.0.113.21'))).toBe('INVALID_TRANSITION');
  });

  it('limits the keys one network gets per hour, counting an IPv6 /64 as one network', async () => {
    const survey = await openSurvey();
    process.env.SURVEY_KEYS_PER_CLIENT_PER_HOUR = '3';
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2::ffff', '2001:db8:1:2:aaaa:bbbb:cccc:dddd']) await issue(survey.accessCode, address);
    const refused = await anonymous(ISSUE, { code: survey.accessCode }, '2001:db8:1:2::7');
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    expect(refused.errors![0].extensions!.retryAfterSeconds).toBe(3600);
    expect(await issue(survey.accessCode, '2001:db8:1:3::1')).toBeTruthy();
    expect(await issue(survey.accessCode, '198.51.100.30')).toBeTruthy();
  });
});

describe('per-network and per-survey limits (issue 11)', () => {
  it('limits accepted submissions per network and minute, without touching other networks', async () => {
    const survey = await openSurvey();
    process.env.SURVEY_CLIENT_RATE_LIMIT_PER_MINUTE = '3';
    await earlyInAMinute();
    const busy = '203.0.113.40';
    const codes = [];
    for (let i = 0; i < 5; i++)
      codes.push(codeOf(await anonymous(SUBMIT, { code: survey.accessCode, key: await issue(survey.accessCode, busy), answers: valid }, busy)));
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
    const elsewhere = await anonymous(SUBMIT, { code: survey.accessCode, key: await issue(survey.accessCode, '203.0.113.41'), answers: valid }, '203.0.113.41');
    expect(elsewhere.errors).toBeUndefined();
    expect(await responseCount(survey.id)).toBe(4);
  });

  it('keeps the per-code burst guard', async () => {
    const survey = await openSurvey();
    process.env.SURVEY_RATE_LIMIT_PER_MINUTE = '3';
    await earlyInAMinute();
    const codes = [];
    for (let i = 0; i < 5; i++) {
      const client = `203.0.113.${50 + i}`;
      codes.push(codeOf(await anonymous(SUBMIT, { code: survey.accessCode, key: await issue(survey.accessCode, client), answers: valid }, client)));
    }
    expect(codes).toEqual([undefined, undefined, undefined, 'RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('answers RATE_LIMITED with HTTP 429 on both hosts', async () => {
    const survey = await openSurvey();
    const hosts = await startBothHosts(api.db);
    try {
      process.env.SURVEY_KEYS_PER_CLIENT_PER_HOUR = '1';
      const request = { path: '/public/graphql' as const, body: JSON.stringify({ query: ISSUE, variables: { code: survey.accessCode } }) };
      for (const host of [hosts.viaLambda, hosts.viaLocal]) {
        expect((await host(request)).status).toBe(200);
        const refused = await host(request);
        expect([refused.status, refused.body.errors[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
      }
    } finally {
      await hosts.stop();
    }
  });
});

describe('client networks', () => {
  it('groups IPv6 addresses by /64 and reads IPv4-mapped addresses as IPv4', () => {
    expect(clientNetwork('198.51.100.7')).toBe('198.51.100.7');
    expect(clientNetwork('::ffff:198.51.100.7')).toBe('198.51.100.7');
    expect(clientNetwork('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:0DB8:0001:0002:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });
});

import { print } from 'graphql';
import {
  IssueRespondentKeyDocument,
  PublicSurveyDocument,
  SubmitSurveyResponseDocument,
  type IssueRespondentKeyMutation,
  type PublicSurveyQuery,
  type SubmitSurveyResponseMutation,
  type SubmitSurveyResponseMutationVariables,
} from '../generated/graphql';

export type PublicSurvey = PublicSurveyQuery['publicSurvey'];
export type Submission = SubmitSurveyResponseMutation['submitSurveyResponse'];

/** What the public page tells a parent about: the contract's codes, or a network failure (`NETWORK`). */
export type PublicErrorCode = 'NOT_FOUND' | 'INVALID_TRANSITION' | 'RATE_LIMITED' | 'BAD_USER_INPUT' | 'NETWORK' | 'UNKNOWN';

export class PublicApiError extends Error {
  constructor(readonly code: PublicErrorCode, message: string, readonly field?: string) {
    super(message);
    this.name = 'PublicApiError';
  }
}

const known = new Set<string>(['NOT_FOUND', 'INVALID_TRANSITION', 'RATE_LIMITED', 'BAD_USER_INPUT']);

interface GraphQLBody<Data> {
  data?: Data | null;
  errors?: { message: string; extensions?: { code?: unknown; field?: unknown } }[];
}

/**
 * One anonymous request: plain fetch, never an Authorization header (the deployed public endpoint has
 * no authorizer, and a parent has no account).
 */
async function request<Data>(url: string, operationName: string, query: string, variables: object, fetchImpl: typeof fetch): Promise<Data> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ operationName, query, variables }),
    });
  } catch (error) {
    throw new PublicApiError('NETWORK', error instanceof Error ? error.message : String(error));
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLBody<Data>;
  const [error] = body.errors ?? [];
  if (error) {
    const code = typeof error.extensions?.code === 'string' && known.has(error.extensions.code) ? (error.extensions.code as PublicErrorCode) : 'UNKNOWN';
    throw new PublicApiError(code, error.message, typeof error.extensions?.field === 'string' ? error.extensions.field : undefined);
  }
  if (response.status === 429) throw new PublicApiError('RATE_LIMITED', 'HTTP 429');
  if (!response.ok || !body.data) throw new PublicApiError('UNKNOWN', `HTTP ${response.status}`);
  return body.data;
}

export async function fetchPublicSurvey(url: string, accessCode: string, fetchImpl: typeof fetch = fetch): Promise<PublicSurvey> {
  const data = await request<PublicSurveyQuery>(url, 'PublicSurvey', print(PublicSurveyDocument), { accessCode }, fetchImpl);
  return data.publicSurvey;
}

export async function submitSurveyResponse(
  url: string,
  variables: SubmitSurveyResponseMutationVariables,
  fetchImpl: typeof fetch = fetch,
): Promise<Submission> {
  const data = await request<SubmitSurveyResponseMutation>(url, 'SubmitSurveyResponse', print(SubmitSurveyResponseDocument), variables, fetchImpl);
  return data.submitSurveyResponse;
}

/** A respondent key for this device and survey, signed by the server (see `respondentKey.ts`). */
export async function issueRespondentKey(url: string, accessCode: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  const data = await request<IssueRespondentKeyMutation>(url, 'IssueRespondentKey', print(IssueRespondentKeyDocument), { accessCode }, fetchImpl);
  return data.issueRespondentKey.key;
}

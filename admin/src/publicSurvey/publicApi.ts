import {
  createClient,
  IssueRespondentKeyDocument,
  KehouError,
  PublicSurveyDocument,
  SubmitSurveyResponseDocument,
  type PublicSurveyQuery,
  type SubmitSurveyResponseMutation,
  type SubmitSurveyResponseMutationVariables,
} from '@kehou/client';

export type PublicSurvey = PublicSurveyQuery['publicSurvey'];
export type Submission = SubmitSurveyResponseMutation['submitSurveyResponse'];

/** What the public page tells a parent about: the contract's codes, a network failure (`NETWORK`), or anything else. */
export type PublicErrorCode = KehouError['code'] | 'UNKNOWN';

/** The error code of whatever a request threw (the client's typed errors carry it). */
export const publicErrorCode = (error: unknown): PublicErrorCode => (error instanceof KehouError ? error.code : 'UNKNOWN');

/**
 * The page's requests go through the published typed client (@kehou/client), as any outside app's would:
 * anonymous (no token, so never an Authorization header: the deployed public endpoint has no authorizer,
 * and a parent has no account).
 */
const clientFor = (url: string, fetchImpl: typeof fetch) => createClient({ url, fetch: fetchImpl });

export async function fetchPublicSurvey(url: string, accessCode: string, fetchImpl: typeof fetch = fetch): Promise<PublicSurvey> {
  return (await clientFor(url, fetchImpl).request(PublicSurveyDocument, { accessCode })).publicSurvey;
}

export async function submitSurveyResponse(
  url: string,
  variables: SubmitSurveyResponseMutationVariables,
  fetchImpl: typeof fetch = fetch,
): Promise<Submission> {
  return (await clientFor(url, fetchImpl).request(SubmitSurveyResponseDocument, variables)).submitSurveyResponse;
}

/** A respondent key for this device and survey, signed by the server (see `respondentKey.ts`). */
export async function issueRespondentKey(url: string, accessCode: string, fetchImpl: typeof fetch = fetch): Promise<string> {
  return (await clientFor(url, fetchImpl).request(IssueRespondentKeyDocument, { accessCode })).issueRespondentKey.key;
}

import { vi } from 'vitest';

/** Test doubles of the Cognito endpoint (for cognitoClient and cognitoAuthProvider tests). */

/** A JWT-shaped token with `exp` (seconds) and any other claims; the signature is irrelevant here. */
export const aJwt = (claims: Record<string, unknown>) =>
  `h.${btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(claims)))).replace(/=+$/, '')}.s`;

export type Answer = { status?: number; body: unknown };

/**
 * A fake Cognito endpoint: answers each operation (`X-Amz-Target`) from a queue and records what
 * was sent, so a test reads like the conversation with the pool.
 */
export function aFakeCognito(answers: Record<string, Answer[]>) {
  const sent: { operation: string; body: Record<string, unknown>; url: string; headers: Headers }[] = [];
  const fetchImpl = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const operation = headers.get('x-amz-target')!.replace('AWSCognitoIdentityProviderService.', '');
    sent.push({ operation, body: JSON.parse(String(init?.body)) as Record<string, unknown>, url: String(url), headers });
    const answer = answers[operation]?.shift();
    if (!answer) return new Response(JSON.stringify({ __type: 'InternalErrorException', message: `no fake answer for ${operation}` }), { status: 500 });
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/x-amz-json-1.1' } });
  });
  return { fetchImpl, sent };
}

export const tokensFor = (exp: number, refresh = 'refresh-1') => ({
  AuthenticationResult: { IdToken: aJwt({ exp, email: 'wang@school.cn' }), AccessToken: 'access', RefreshToken: refresh, ExpiresIn: 3600, TokenType: 'Bearer' },
});

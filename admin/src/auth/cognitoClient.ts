import { tokenExpiry } from './session';

/**
 * Cognito user-pool sign-in with plain fetch (no SDK): each call is a POST of JSON to the pool's
 * regional endpoint, named by `X-Amz-Target`. A public app client needs no signing and no secret.
 */
export interface CognitoTokens {
  idToken: string;
  accessToken: string;
  refreshToken: string;
  /** When the ID and access tokens expire (ms since epoch). */
  expiresAt: number;
}

export type Challenge = 'NEW_PASSWORD_REQUIRED' | 'SOFTWARE_TOKEN_MFA';

export type SignInResult =
  | { kind: 'signedIn'; tokens: CognitoTokens }
  /** Cognito wants more before it hands out tokens; answer with the same `session` and `username`. */
  | { kind: 'challenge'; challenge: Challenge; session: string; username: string };

/** Our names of Cognito's failures; each is a message `app.signIn.errors.<reason>`. */
export type SignInErrorReason =
  | 'wrong_password'
  | 'attempts_exceeded'
  | 'session_expired'
  | 'session_ended'
  | 'not_confirmed'
  | 'reset_required'
  | 'wrong_code'
  | 'code_expired'
  | 'weak_password'
  | 'too_many'
  | 'invalid_input'
  | 'network'
  | 'unsupported_challenge'
  | 'unknown';

/** A refused Cognito call: `message` is the translation key, `detail` Cognito's own (English) words. */
export class CognitoError extends Error {
  constructor(
    readonly reason: SignInErrorReason,
    readonly detail = '',
    /** Cognito's exception name, e.g. `NotAuthorizedException`. */
    readonly type = '',
  ) {
    super(`app.signIn.errors.${reason}`);
    this.name = 'CognitoError';
  }
}

function reasonOf(type: string, message: string): SignInErrorReason {
  switch (type) {
    case 'NotAuthorizedException':
      if (/attempts exceeded/i.test(message)) return 'attempts_exceeded';
      if (/session/i.test(message)) return 'session_expired';
      if (/refresh token/i.test(message)) return 'session_ended';
      return 'wrong_password';
    // Same words as a wrong password: the sign-in page must not tell who has an account.
    case 'UserNotFoundException':
      return 'wrong_password';
    case 'UserNotConfirmedException':
      return 'not_confirmed';
    case 'PasswordResetRequiredException':
      return 'reset_required';
    case 'CodeMismatchException':
      return 'wrong_code';
    case 'ExpiredCodeException':
      return 'code_expired';
    case 'InvalidPasswordException':
      return 'weak_password';
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return 'too_many';
    case 'InvalidParameterException':
      return 'invalid_input';
    default:
      return 'unknown';
  }
}

interface AuthenticationResult {
  IdToken?: string;
  AccessToken?: string;
  RefreshToken?: string;
  ExpiresIn?: number;
}

interface AuthResponse {
  AuthenticationResult?: AuthenticationResult;
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}

export interface CognitoClientOptions {
  region: string;
  clientId: string;
  fetchImpl?: typeof fetch;
  now?: () => number;
}

export type CognitoClient = ReturnType<typeof createCognitoClient>;

export function createCognitoClient({ region, clientId, fetchImpl = (...args) => fetch(...args), now = Date.now }: CognitoClientOptions) {
  const endpoint = `https://cognito-idp.${region}.amazonaws.com/`;

  async function call<T>(operation: string, body: Record<string, unknown>): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(endpoint, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-amz-json-1.1',
          'X-Amz-Target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify({ ClientId: clientId, ...body }),
      });
    } catch (error) {
      throw new CognitoError('network', error instanceof Error ? error.message : String(error));
    }
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      // `__type` may carry a namespace (`com.amazonaws…#NotAuthorizedException`).
      const type = String(json.__type ?? response.headers.get('x-amzn-errortype') ?? '').split('#').pop()!.split(':')[0];
      const message = String(json.message ?? json.Message ?? `HTTP ${response.status}`);
      throw new CognitoError(reasonOf(type, message), message, type);
    }
    return json as T;
  }

  const tokens = (result: AuthenticationResult, refreshToken?: string): CognitoTokens => {
    if (!result.IdToken || !result.AccessToken) throw new CognitoError('unknown', 'Cognito returned no tokens');
    const refresh = result.RefreshToken ?? refreshToken;
    if (!refresh) throw new CognitoError('unknown', 'Cognito returned no refresh token');
    const expiresAt = tokenExpiry(result.IdToken) ?? now() + (result.ExpiresIn ?? 3600) * 1000;
    return { idToken: result.IdToken, accessToken: result.AccessToken, refreshToken: refresh, expiresAt };
  };

  const outcome = (response: AuthResponse, username: string): SignInResult => {
    if (response.AuthenticationResult) return { kind: 'signedIn', tokens: tokens(response.AuthenticationResult) };
    const challenge = response.ChallengeName;
    if ((challenge === 'NEW_PASSWORD_REQUIRED' || challenge === 'SOFTWARE_TOKEN_MFA') && response.Session) {
      // With e-mail sign-in the pool's own user name may differ from what was typed; answers must use it.
      const poolUsername = response.ChallengeParameters?.USER_ID_FOR_SRP || username;
      return { kind: 'challenge', challenge, session: response.Session, username: poolUsername };
    }
    throw new CognitoError('unsupported_challenge', challenge ?? 'none', challenge ?? '');
  };

  const respond = async (challenge: Challenge, session: string, answers: Record<string, string>) =>
    outcome(await call<AuthResponse>('RespondToAuthChallenge', { ChallengeName: challenge, Session: session, ChallengeResponses: answers }), answers.USERNAME);

  return {
    async signIn(username: string, password: string): Promise<SignInResult> {
      const response = await call<AuthResponse>('InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      });
      return outcome(response, username);
    },

    completeNewPassword: (session: string, username: string, newPassword: string) =>
      respond('NEW_PASSWORD_REQUIRED', session, { USERNAME: username, NEW_PASSWORD: newPassword }),

    confirmMfa: (session: string, username: string, code: string) =>
      respond('SOFTWARE_TOKEN_MFA', session, { USERNAME: username, SOFTWARE_TOKEN_MFA_CODE: code }),

    /** New ID and access tokens; the refresh token stays unless Cognito rotates it. */
    async refresh(refreshToken: string): Promise<CognitoTokens> {
      const response = await call<AuthResponse>('InitiateAuth', {
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      });
      if (!response.AuthenticationResult) throw new CognitoError('session_ended', 'no tokens on refresh');
      return tokens(response.AuthenticationResult, refreshToken);
    },

    /** Ends the refresh token (and the tokens issued with it) server-side. */
    async revoke(refreshToken: string): Promise<void> {
      await call('RevokeToken', { Token: refreshToken });
    },

    /** Sends a code to the user's e-mail; says where (masked, e.g. `w***@e***`). */
    async forgotPassword(username: string): Promise<{ destination: string }> {
      const response = await call<{ CodeDeliveryDetails?: { Destination?: string } }>('ForgotPassword', { Username: username });
      return { destination: response.CodeDeliveryDetails?.Destination ?? '' };
    },

    async confirmForgotPassword(username: string, code: string, newPassword: string): Promise<void> {
      await call('ConfirmForgotPassword', { Username: username, ConfirmationCode: code, Password: newPassword });
    },
  };
}

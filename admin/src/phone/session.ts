/**
 * Who is signed in on the phone pages, and how they sign in: locally by phone (parents) or by picking a demo teacher;
 * deployed, parents in their own Cognito pool (self sign-up by phone with an SMS code) and teachers with OpenID
 * Connect like the console (Cognito's managed login or the district's provider: oidcSignIn.ts). The token is kept
 * per audience in localStorage.
 */
import { errorFromResponse } from '@kehou/client';

export type Audience = 'parent' | 'teacher';

export interface PhoneConfig {
  mode: 'local' | 'cognito' | 'oidc' | 'unsupported';
  graphqlUrl: string;
  /** The parents' pool (mode `cognito`). */
  cognito?: { region: string; clientId: string };
  /** The console's OpenID Connect settings (mode `oidc`). */
  oidc?: { issuer: string; clientId: string; scope?: string };
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** The part of `/config.json` the phone pages need (see infra: the `parents` section). */
export function phoneConfigOf(json: unknown, audience: Audience): PhoneConfig {
  const config = (json ?? {}) as {
    graphqlUrl?: unknown;
    auth?: { mode?: unknown; issuer?: unknown; clientId?: unknown; scope?: unknown };
    parents?: Record<string, unknown>;
  };
  const graphqlUrl = text(config.graphqlUrl) ?? '/graphql';
  const parents = config.parents ?? {};
  // Parents call their own route wherever there is one (it serves PARENT viewers only).
  const parentUrl = text(parents.graphqlUrl);
  if (config.auth?.mode === 'local') return { mode: 'local', graphqlUrl: (audience === 'parent' && parentUrl) || graphqlUrl };
  if (config.auth?.mode !== 'oidc') return { mode: 'unsupported', graphqlUrl };
  if (audience === 'parent') {
    const [region, clientId] = [text(parents.region), text(parents.userPoolClientId)];
    if (parentUrl && region && clientId) return { mode: 'cognito', graphqlUrl: parentUrl, cognito: { region, clientId } };
  }
  // Teachers, and parents where the district's own provider issues PARENT tokens (no parents' pool, see README).
  const [issuer, clientId, scope] = [text(config.auth.issuer), text(config.auth.clientId), text(config.auth.scope)];
  return issuer && clientId ? { mode: 'oidc', graphqlUrl, oidc: { issuer, clientId, ...(scope ? { scope } : {}) } } : { mode: 'unsupported', graphqlUrl };
}

export interface PhoneSession {
  token: string;
  name: string;
}

const key = (audience: Audience) => `kehou.phone.${audience}`;

export function readPhoneSession(audience: Audience): PhoneSession | null {
  try {
    const parsed = JSON.parse(localStorage.getItem(key(audience)) ?? 'null') as PhoneSession | null;
    return parsed && typeof parsed.token === 'string' ? parsed : null;
  } catch {
    return null;
  }
}

export const savePhoneSession = (audience: Audience, session: PhoneSession | null) =>
  session ? localStorage.setItem(key(audience), JSON.stringify(session)) : localStorage.removeItem(key(audience));

/** A refused demo sign-in (`{ message, code, field }`) throws the client's coded error, which the page words like any refusal. */
async function postJson<T>(url: string, body: unknown, fetchImpl: typeof fetch): Promise<T> {
  const response = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const data = (await response.json().catch(() => ({}))) as T & { message?: string; code?: string; field?: string };
  if (!response.ok) {
    const message = data.message ?? `HTTP ${response.status}`;
    throw errorFromResponse([{ message, extensions: { code: data.code, field: data.field } }], response.status);
  }
  return data;
}

/** Local only: a parent signs in (and is signed up on first use) with a phone number. */
export const localParentSignIn = (phone: string, name: string | undefined, fetchImpl: typeof fetch = fetch) =>
  postJson<{ token: string; user: { displayName: string } }>('/auth/dev-phone-login', { phone, name }, fetchImpl).then((out) => ({
    token: out.token,
    name: out.user.displayName,
  }));

export interface DemoTeacher {
  username: string;
  displayName: string;
}

/**
 * Local only: the demo accounts of the teachers' page — the demo teachers (class teachers and the duty leader of the
 * demo schools), then the demo provider users, whose on-site instructors (机构老师) take roll call here too.
 */
export async function localTeachers(fetchImpl: typeof fetch = fetch): Promise<DemoTeacher[]> {
  const response = await fetchImpl('/auth/dev-users');
  const users = (await response.json()) as (DemoTeacher & { role: string })[];
  return [...users.filter((user) => user.role === 'TEACHER'), ...users.filter((user) => user.role === 'PROVIDER')];
}

export const localTeacherSignIn = (username: string, fetchImpl: typeof fetch = fetch) =>
  postJson<{ token: string; user: { displayName: string } }>('/auth/dev-login', { username }, fetchImpl).then((out) => ({
    token: out.token,
    name: out.user.displayName,
  }));

/** `13800138000` → `+8613800138000`, the form Cognito stores phones in. */
export const e164 = (phone: string) => `+86${phone.replace(/\D/g, '').replace(/^86/, '')}`;

/**
 * Cognito: a parent's self sign-up in the parents' pool (the phone is the user name; Cognito texts a code), the code's
 * confirmation (the pool's trigger then links the guardian record and the PARENT group), and sign-in with the number
 * and password (USER_PASSWORD_AUTH, which only the parents' app client allows). Plain JSON calls to the pool's
 * regional endpoint: a public client needs no signing, and the phone page carries no SDK.
 */
export function cognitoAccounts(region: string, clientId: string, fetchImpl: typeof fetch = (...args) => fetch(...args)) {
  const call = <T>(target: string, body: Record<string, unknown>) =>
    fetchImpl(`https://cognito-idp.${region}.amazonaws.com/`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${target}` },
      body: JSON.stringify({ ClientId: clientId, ...body }),
    }).then(async (response) => {
      const data = (await response.json().catch(() => ({}))) as T & { message?: string; __type?: string };
      if (!response.ok) throw new Error(data.message ?? data.__type ?? `HTTP ${response.status}`);
      return data;
    });
  return {
    signUp: (phone: string, password: string, name: string) =>
      call('SignUp', {
        Username: e164(phone),
        Password: password,
        UserAttributes: [
          { Name: 'phone_number', Value: e164(phone) },
          { Name: 'name', Value: name },
        ],
      }),
    confirm: (phone: string, code: string) => call('ConfirmSignUp', { Username: e164(phone), ConfirmationCode: code.trim() }),
    /** The ID token (it carries `cognito:groups` and `custom:guardianId`, which the API reads). */
    async signIn(username: string, password: string): Promise<string> {
      const result = await call<{ AuthenticationResult?: { IdToken?: string }; ChallengeName?: string }>('InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
      });
      const token = result.AuthenticationResult?.IdToken;
      if (!token) throw new Error(result.ChallengeName ?? 'Cognito returned no token');
      return token;
    },
  };
}

import type { Audience, PhoneConfig, PhoneSession } from './session';

/**
 * OpenID Connect sign-in for the phone pages (authorization code + PKCE with oidc-client-ts, as the console does):
 * the teachers' page always when deployed, the parents' page where the district's own provider issues PARENT tokens.
 * The provider sends the browser back to `/m/<audience>/auth/callback` (registered on the console's app client; see
 * infra/lib/auth/kehouAuth.ts). oidc-client-ts loads only here, so local mode and the parents' pool never download it.
 */
export const phoneCallbackPath = (audience: Audience) => `/m/${audience}/auth/callback`;

async function userManager(config: PhoneConfig, audience: Audience) {
  if (!config.oidc) throw new Error('No OpenID Connect settings in config.json');
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidc.issuer,
    client_id: config.oidc.clientId,
    redirect_uri: `${origin}${phoneCallbackPath(audience)}`,
    post_logout_redirect_uri: `${origin}/m/${audience}`,
    response_type: 'code',
    scope: config.oidc.scope ?? 'openid email profile',
    // The API reads the role and scope claims from the ID token.
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Sends the browser to the provider's sign-in page. */
export async function startOidcSignIn(config: PhoneConfig, audience: Audience): Promise<void> {
  await (await userManager(config, audience)).signinRedirect();
}

/** On the callback URL: exchanges the code for tokens; the ID token is the API's bearer. */
export async function completeOidcSignIn(config: PhoneConfig, audience: Audience, url: string): Promise<PhoneSession> {
  const user = await (await userManager(config, audience)).signinRedirectCallback(url);
  if (!user.id_token) throw new Error('The provider returned no ID token');
  const profile = user.profile as { name?: string; email?: string; sub: string };
  return { token: user.id_token, name: profile.name ?? profile.email ?? profile.sub };
}

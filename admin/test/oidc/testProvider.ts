import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type Configuration } from 'oidc-provider';

/**
 * A real OpenID Connect provider for tests (the `oidc-provider` package, certified by the OpenID
 * Foundation), playing Cognito's managed login or a district's 统一身份认证: authorization code with PKCE
 * for a public client, refresh tokens, revocation, RP-initiated logout, and ID tokens in Cognito's claim
 * shape. Its sign-in page is a plain form (user name only) that tests fill in, like a person would.
 */
export interface TestUser {
  name: string;
  /** `cognito:groups`; empty for a user the platform does not know. */
  groups: string[];
  schoolId?: string;
  providerId?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  stop(): Promise<void>;
}

export interface TestProviderOptions {
  clientId: string;
  /** The console origins allowed to come back (redirect and post-logout URIs are derived from them). */
  origins: string[];
  users: Record<string, TestUser>;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,"></head><body>${body}</body></html>`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const issuer = `http://localhost:${port}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-key' };

  const configuration: Configuration = {
    clients: [
      {
        client_id: options.clientId,
        // A browser app: public client, no secret; PKCE is required for it.
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.origins.map((origin) => `${origin}/auth/callback`),
        post_logout_redirect_uris: options.origins.map((origin) => `${origin}/`),
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['kehou-test-provider-cookie-key'] },
    // Cognito's claim shape, in the ID token itself (as Cognito puts it there).
    claims: {
      openid: ['sub', 'cognito:groups', 'custom:schoolId', 'custom:providerId'],
      email: ['email'],
      profile: ['name'],
    },
    conformIdTokenClaims: false,
    findAccount: async (_ctx, sub) => {
      const user = options.users[sub];
      if (!user) return undefined;
      return {
        accountId: sub,
        claims: async () => ({
          sub,
          name: user.name,
          email: `${sub}@example.edu.cn`,
          'cognito:groups': user.groups,
          ...(user.schoolId ? { 'custom:schoolId': user.schoolId } : {}),
          ...(user.providerId ? { 'custom:providerId': user.providerId } : {}),
        }),
      };
    },
    // Like Cognito: every code exchange of the console's client gets a refresh token.
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx, origin) => options.origins.includes(origin),
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true, allowedPolicy: async () => true },
      rpInitiatedLogout: {
        enabled: true,
        // Confirms at once (no external fonts, no question): the console already decided to sign out.
        logoutSource: async (ctx, form) => {
          ctx.body = page(
            'Signing out',
            `${form.replace('</form>', '<input type="hidden" name="logout" value="yes"></form>')}<script>document.forms[0].submit()</script>`,
          );
        },
        postLogoutSuccessSource: async (ctx) => {
          ctx.body = page('Signed out', '<h1>Signed out</h1>');
        },
      },
    },
    ttl: { AccessToken: 3600, IdToken: 3600, RefreshToken: 86_400, Interaction: 600, Session: 86_400, Grant: 86_400 },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  /** The sign-in page: a user name, as a district's login would ask for it (no password in tests). */
  async function interaction(req: IncomingMessage, res: ServerResponse, uid: string) {
    const details = await provider.interactionDetails(req, res);
    if (req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        page(
          'Sign in',
          `<h1>统一身份认证 · Test sign-in</h1><form method="post" action="/interaction/${escape(uid)}">` +
            '<label>User name <input name="username" autocomplete="username" autofocus></label>' +
            '<button type="submit">Sign in</button></form>',
        ),
      );
      return;
    }
    const username = (await readForm(req)).get('username') ?? '';
    if (!options.users[username]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page('Sign in', `<p role="alert">Unknown user ${escape(username)}</p>`));
      return;
    }
    // Consent is implied for the district's own console: grant what it asked for.
    const grant = new provider.Grant({ accountId: username, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: username }, consent: { grantId } }, { mergeWithLastSubmission: false });
  }

  server.on('request', (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return callback(req, res);
    interaction(req, res, match[1]).catch((error: unknown) => {
      res.writeHead(400, { 'content-type': 'text/plain' });
      res.end(error instanceof Error ? error.message : String(error));
    });
  });

  return {
    issuer,
    clientId: options.clientId,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

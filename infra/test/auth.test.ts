import { roles } from '@kehou/functions/auth/viewer';
import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { buildStack, withEverything } from './synth';

const { template } = buildStack();
const pool = Object.entries(template.findResources('AWS::Cognito::UserPool')).find(([id]) => id.startsWith('AuthUserPool'))![1];
const client = Object.entries(template.findResources('AWS::Cognito::UserPoolClient')).find(([id]) => id.startsWith('AuthUserPoolConsoleClient'))![1];

describe('user pool', () => {
  it('has exactly the staff role groups the API checks (PARENT lives in the parents’ own pool)', () => {
    const staffPool = Object.keys(template.findResources('AWS::Cognito::UserPool')).find((id) => id.startsWith('AuthUserPool'));
    const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup'))
      .filter((group) => group.Properties.UserPoolId.Ref === staffPool)
      .map((group) => group.Properties.GroupName);
    expect(groups.sort()).toEqual(['DISTRICT_ADMIN', 'PROVIDER', 'SCHOOL_ADMIN', 'TEACHER']);
    expect(groups).toEqual(roles.filter((role) => role !== 'PARENT').sort());
  });

  it('admits only accounts created by administrators, signing in by e-mail', () => {
    expect(pool.Properties.AdminCreateUserConfig.AllowAdminCreateUserOnly).toBe(true);
    expect(pool.Properties.UsernameAttributes).toEqual(['email']);
  });

  it('enforces a strong password policy and offers TOTP MFA', () => {
    expect(pool.Properties.Policies.PasswordPolicy).toMatchObject({
      MinimumLength: 12,
      RequireLowercase: true,
      RequireUppercase: true,
      RequireNumbers: true,
      RequireSymbols: true,
      PasswordHistorySize: 5,
    });
    expect(pool.Properties.MfaConfiguration).toBe('OPTIONAL');
    expect(pool.Properties.EnabledMfas).toEqual(['SOFTWARE_TOKEN_MFA']);
  });

  it('declares the custom:schoolId, custom:providerId and custom:staffId attributes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([
        Match.objectLike({ Name: 'schoolId', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'providerId', AttributeDataType: 'String', Mutable: true }),
        Match.objectLike({ Name: 'staffId', AttributeDataType: 'String', Mutable: true }),
      ]),
    });
  });

  it('survives a stack deletion', () => {
    expect(pool.Properties.DeletionProtection).toBe('ACTIVE');
    expect(pool.DeletionPolicy).toBe('Retain');
  });
});

describe('console client', () => {
  it('is a public client (no secret) signing in through managed login with the authorization code flow', () => {
    expect(client.Properties.GenerateSecret).toBe(false);
    expect(client.Properties).toMatchObject({
      AllowedOAuthFlowsUserPoolClient: true,
      AllowedOAuthFlows: ['code'],
      AllowedOAuthScopes: ['openid', 'email', 'profile'],
      SupportedIdentityProviders: ['COGNITO'],
      EnableTokenRevocation: true,
    });
    // No password flow in the browser any more: passwords are typed into managed login only.
    expect(client.Properties.ExplicitAuthFlows).not.toContain('ALLOW_USER_PASSWORD_AUTH');
  });

  it("sends the browser back to the hosted console only: its /auth/callback (and the teachers' phone page's), and / after sign-out", () => {
    const url = (value: { 'Fn::Join': [string, unknown[]] }) =>
      value['Fn::Join'][1]
        .map((part) => (typeof part === 'string' ? part : `<${JSON.stringify(part).match(/"(?:Ref|Fn::GetAtt)":\[?"([^"]+)"/)![1]}>`))
        .join('');
    expect(client.Properties.CallbackURLs.map(url)).toEqual([
      expect.stringMatching(/^https:\/\/<ConsoleDistribution\w+>\/auth\/callback$/),
      expect.stringMatching(/^https:\/\/<ConsoleDistribution\w+>\/m\/teacher\/auth\/callback$/),
    ]);
    expect(client.Properties.LogoutURLs.map(url)).toEqual([expect.stringMatching(/^https:\/\/<ConsoleDistribution\w+>\/$/)]);
  });

  it("has a managed-login domain (version 2) with Cognito's own style for the console", () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolDomain', { ManagedLoginVersion: 2 });
    template.hasResourceProperties('AWS::Cognito::ManagedLoginBranding', {
      ClientId: { Ref: Match.stringLikeRegexp('^AuthUserPoolConsoleClient') },
      UseCognitoProvidedValues: true,
    });
  });

  it('lets users read their scope attributes but never write them', () => {
    expect(client.Properties.ReadAttributes).toEqual(expect.arrayContaining(['custom:schoolId', 'custom:providerId', 'custom:staffId', 'email']));
    expect(client.Properties.WriteAttributes).toEqual(['name']);
  });
});

describe('first district administrator (adminEmail)', () => {
  const { template: withAdmin } = buildStack(withEverything);
  const [[userId, user]] = Object.entries(withAdmin.findResources('AWS::Cognito::UserPoolUser'));
  const [membership] = Object.values(withAdmin.findResources('AWS::Cognito::UserPoolUserToGroupAttachment'));

  it('is not created without adminEmail', () => {
    template.resourceCountIs('AWS::Cognito::UserPoolUser', 0);
    template.resourceCountIs('AWS::Cognito::UserPoolUserToGroupAttachment', 0);
  });

  it('is a native Cognito user with a verified e-mail and an e-mailed temporary password', () => {
    expect(user.Properties).toMatchObject({
      Username: 'it@example.edu.cn',
      DesiredDeliveryMediums: ['EMAIL'],
      UserAttributes: [
        { Name: 'email', Value: 'it@example.edu.cn' },
        { Name: 'email_verified', Value: 'true' },
      ],
    });
  });

  it('joins DISTRICT_ADMIN, the group and the user being created first', () => {
    const [groupId] = Object.entries(withAdmin.findResources('AWS::Cognito::UserPoolGroup')).find(
      ([, group]) => group.Properties.GroupName === 'DISTRICT_ADMIN',
    )!;
    expect(membership.Properties).toMatchObject({ GroupName: { Ref: groupId }, Username: { Ref: userId } });
  });

  it('survives removing or changing adminEmail in a later deploy', () => {
    expect(user.DeletionPolicy).toBe('Retain');
    expect(user.UpdateReplacePolicy).toBe('Retain');
    expect(membership.DeletionPolicy).toBe('Retain');
  });

  it('needs no custom resource: no function or role may create users', () => {
    expect(JSON.stringify(withAdmin.toJSON())).not.toContain('cognito-idp:AdminCreateUser');
    // The only Admin* actions: the parents' sign-up trigger setting its own pool's group and guardian attribute.
    const adminActions = JSON.stringify(withAdmin.toJSON()).match(/cognito-idp:Admin\w+/g) ?? [];
    expect([...new Set(adminActions)].sort()).toEqual(['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminUpdateUserAttributes']);
  });
});

describe('invitation e-mail', () => {
  it('tells invited users where the console is, with their username and temporary password', () => {
    const message = pool.Properties.AdminCreateUserConfig.InviteMessageTemplate.EmailMessage;
    const text = JSON.stringify(message);
    expect(text).toContain('{username}');
    expect(text).toContain('{####}');
    expect(text).toMatch(/ConsoleDistribution\w+","DomainName"/);
  });
});

describe('app clients for outside front ends (appClients)', () => {
  const appClients = JSON.stringify([
    {
      name: 'dashboard',
      callbackUrls: ['https://dash.example.edu.cn/auth/callback', 'http://localhost:5173/auth/callback'],
      logoutUrls: ['https://dash.example.edu.cn/'],
    },
    { name: 'parent-app', callbackUrls: [] },
  ]);
  const { template: withApps } = buildStack({ appClients, consoleOrigins: 'https://kehou.example.edu.cn' });
  // The staff pool's clients (the parents' pool has its own client and its own route's authorizer).
  const clients = Object.entries(withApps.findResources('AWS::Cognito::UserPoolClient')).filter(([, c]) => c.Properties.ClientName !== 'kehou-parents-test');
  const byName = (name: string) => clients.find(([, c]) => c.Properties.ClientName === name)!;

  it('creates one public client per app: code flow with its callback URLs, or SDK sign-in without them', () => {
    expect(clients.map(([, c]) => c.Properties.ClientName).sort()).toEqual(['kehou-console-test', 'kehou-dashboard-test', 'kehou-parent-app-test']);
    const [, dashboard] = byName('kehou-dashboard-test');
    expect(dashboard.Properties).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      CallbackURLs: ['https://dash.example.edu.cn/auth/callback', 'http://localhost:5173/auth/callback'],
      LogoutURLs: ['https://dash.example.edu.cn/'],
      WriteAttributes: ['name'],
    });
    const [, parent] = byName('kehou-parent-app-test');
    expect(parent.Properties.AllowedOAuthFlowsUserPoolClient).not.toBe(true);
    expect(parent.Properties.ExplicitAuthFlows).toEqual(expect.arrayContaining(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']));
  });

  it('makes the API accept the tokens of every client', () => {
    const authorizer = Object.values(withApps.findResources('AWS::ApiGatewayV2::Authorizer')).find((candidate) => candidate.Properties.Name !== 'ParentJwt')!;
    const audience = (authorizer.Properties.JwtConfiguration.Audience as { Ref: string }[]).map((ref) => ref.Ref).sort();
    expect(audience).toEqual(clients.map(([id]) => id).sort());
  });

  it("adds the apps' origins to pinned CORS origins", () => {
    withApps.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://kehou.example.edu.cn', 'https://dash.example.edu.cn', 'http://localhost:5173'] }),
    });
  });

  it('lets the console sign in on an origin the district hosts it on too', () => {
    const [, console] = byName('kehou-console-test');
    expect(console.Properties.CallbackURLs).toEqual(expect.arrayContaining(['https://kehou.example.edu.cn/auth/callback']));
  });

  it('prints each app client id after the deploy', () => {
    const outputs = withApps.findOutputs('*');
    expect(
      Object.entries(outputs)
        .filter(([key]) => key.startsWith('AppClientId'))
        .map(([, o]) => o.Description),
    ).toEqual(['App client "dashboard"', 'App client "parent-app"']);
  });
});

import { Aws, Duration, Fn, Lazy, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  CfnManagedLoginBranding,
  ClientAttributes,
  FeaturePlan,
  ManagedLoginVersion,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolClientOptions,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles, type Role } from '@kehou/functions/auth/viewer';
import type { AppClientConfig } from '../config';
import { FirstAdmin } from './firstAdmin';

/**
 * One Cognito group per role the API knows (`roles` of functions/, matched
 * against the `cognito:groups` claim); the Record type makes a new role fail
 * to compile here until it has a group. Lower precedence wins when Cognito
 * has to pick one group of a user who is in several.
 */
// PARENT is not a staff group: parents sign up in a pool of their own (parentSignUp.ts).
const groupSettings: Record<Exclude<Role, 'PARENT'>, { precedence: number; description: string }> = {
  DISTRICT_ADMIN: { precedence: 0, description: '区教育局管理员: district policy, schools, providers, exits' },
  SCHOOL_ADMIN: { precedence: 10, description: '学校管理员: timetable, contracts, evaluations, surveys of one school' },
  PROVIDER: { precedence: 20, description: '校外机构: reads its own provider record, contracts and evaluations' },
  TEACHER: { precedence: 30, description: '教师: their classes’ students and applications, the activities they run' },
};

export const staffRoles = roles.filter((role): role is Exclude<Role, 'PARENT'> => role !== 'PARENT');
export const userGroups = staffRoles.map((groupName) => ({ groupName, ...groupSettings[groupName] }));

/** Custom attributes (claims `custom:schoolId`, `custom:providerId`, `custom:staffId`) scoping the staff roles. */
export const scopeAttributes = ['schoolId', 'providerId', 'staffId'] as const;

export interface KehouAuthProps {
  stage: string;
  /** Creates this user in DISTRICT_ADMIN (see FirstAdmin). */
  adminEmail?: string;
  /** Managed-login domain prefix; default `kehou-<stage>-<account id>` (unique per region, as Cognito requires). */
  domainPrefix?: string;
  /** Outside front-end apps, each its own app client (see `KehouConfig.appClients`). */
  appClients?: AppClientConfig[];
}

/** The console's sign-in callback (admin/src/auth/oidcSettings.ts) and where sign-out returns. */
export const consoleCallbackPath = '/auth/callback';

/** The teachers' phone page signs in with the same client and comes back here (admin/src/phone/oidcSignIn.ts). */
export const teacherCallbackPath = '/m/teacher/auth/callback';

/** What every client may read and write: scope attributes are read-only for users. */
const attributeAccess = {
  readAttributes: new ClientAttributes().withStandardAttributes({ email: true, emailVerified: true, fullname: true }).withCustomAttributes(...scopeAttributes),
  // Users must never re-scope themselves: with their own access token they
  // could otherwise call UpdateUserAttributes on custom:schoolId.
  writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
};

/** The settings every front end shares: a public client (no secret), revocable tokens, ID token claims for the API. */
const publicClient: UserPoolClientOptions = {
  // A browser or phone app cannot keep a secret.
  generateSecret: false,
  // SRP for apps that sign in with the Cognito SDK; browsers use managed login (code + PKCE) instead.
  authFlows: { userSrp: true },
  preventUserExistenceErrors: true,
  enableTokenRevocation: true,
  idTokenValidity: Duration.hours(1),
  accessTokenValidity: Duration.hours(1),
  refreshTokenValidity: Duration.days(7),
  ...attributeAccess,
};

/** Authorization code flow (PKCE is the client's part) through managed login, with the scopes the ID token needs. */
const codeFlow = (callbackUrls: string[], logoutUrls: string[]) => ({
  oAuth: {
    flows: { authorizationCodeGrant: true },
    scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
    callbackUrls,
    logoutUrls,
  },
  supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
});

/**
 * Sign-in for the admin console and the teachers' phone page. Accounts are created by district IT (no self
 * sign-up); parents sign up in a pool of their own (parentSignUp.ts).
 */
export class KehouAuth extends Construct {
  readonly userPool: UserPool;
  /** Managed login (Cognito's hosted sign-in pages, version 2) for the console and the app clients. */
  readonly domain: UserPoolDomain;
  /** `https://<prefix>.auth.<region>.amazoncognito.com`: managed login, token and revocation endpoints. */
  readonly domainUrl: string;
  readonly consoleClient: UserPoolClient;
  /** One per `appClients` entry, in order. */
  readonly appClients: UserPoolClient[];
  private consoleUrl?: string;
  /** Origins the console is served from (the hosted console, and any the district hosts it on). */
  private consoleOrigins: string[] = [];

  constructor(scope: Construct, id: string, props: KehouAuthProps) {
    super(scope, id);

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `kehou-${props.stage}`,
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      // Mutable so a user can move school; only admins can write them (see the client below).
      customAttributes: Object.fromEntries(scopeAttributes.map((name) => [name, new StringAttribute({ minLen: 1, maxLen: 64, mutable: true })])),
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      // TOTP only: SMS would need an SNS origination setup and costs per message.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      userInvitation: {
        emailSubject: '课后服务平台账号开通',
        // Lazy: the console's address is known only once the hosting construct exists (see setConsoleUrl).
        emailBody: Lazy.string({ produce: () => invitationEmail(this.consoleUrl) }),
      },
      // Accounts and group memberships are not re-creatable from code.
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const groups = new Map(userGroups.map((group) => [group.groupName, this.userPool.addGroup(group.groupName, group)]));
    const districtAdmins = groups.get('DISTRICT_ADMIN');
    if (props.adminEmail && districtAdmins) {
      new FirstAdmin(this, 'FirstAdmin', { userPool: this.userPool, group: districtAdmins, email: props.adminEmail });
    }

    const domainPrefix = props.domainPrefix ?? Fn.join('-', ['kehou', props.stage, Aws.ACCOUNT_ID]);
    this.domain = this.userPool.addDomain('Domain', {
      cognitoDomain: { domainPrefix },
      managedLoginVersion: ManagedLoginVersion.NEWER_MANAGED_LOGIN,
    });
    // Spelled out instead of domain.baseUrl(): the console's CSP needs it, and a reference to the domain
    // resource would close a cycle (pool → invitation e-mail → distribution → CSP → domain → pool).
    this.domainUrl = `https://${domainPrefix}.auth.${Aws.REGION}.amazoncognito.com`;

    // Lazy: the console's origins are known once the hosting construct exists (see addConsoleOrigins).
    this.consoleClient = this.userPool.addClient('ConsoleClient', {
      userPoolClientName: `kehou-console-${props.stage}`,
      ...publicClient,
      ...codeFlow(
        Lazy.list({ produce: () => this.consoleOrigins.flatMap((origin) => [`${origin}${consoleCallbackPath}`, `${origin}${teacherCallbackPath}`]) }),
        Lazy.list({ produce: () => this.consoleOrigins.map((origin) => `${origin}/`) }),
      ),
    });
    this.brand('ConsoleBranding', this.consoleClient);

    this.appClients = (props.appClients ?? []).map((app) => {
      const id = `App${app.name.replace(/(^|-)([a-z0-9])/g, (_m, _dash, c: string) => c.toUpperCase())}Client`;
      const client = this.userPool.addClient(id, {
        userPoolClientName: `kehou-${app.name}-${props.stage}`,
        ...publicClient,
        ...(app.callbackUrls.length > 0 ? codeFlow(app.callbackUrls, app.logoutUrls) : { disableOAuth: true }),
      });
      if (app.callbackUrls.length > 0) this.brand(`${id}Branding`, client);
      return client;
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is OPTIONAL with TOTP: every console user can enrol, and the district can switch to REQUIRED once ' +
        'its staff have authenticator apps; forcing it now would lock school and provider users out at first sign-in.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials tier on purpose: threat protection (Plus) is billed per monthly active user with no free tier; ' +
        'users are a few hundred admin accounts created by district IT, with a 12-character policy and password history.',
    });
  }

  /** Puts the console's address into the invitation e-mail, so invited users know where to sign in. */
  setConsoleUrl(url: string): void {
    this.consoleUrl = url;
    this.addConsoleOrigins([url]);
  }

  /** Lets managed login send the browser back to the console on these origins (callback and sign-out). */
  addConsoleOrigins(origins: string[]): void {
    for (const origin of origins) if (!this.consoleOrigins.includes(origin)) this.consoleOrigins.push(origin);
  }

  /** Every client id the API's authorizer accepts: the console's and the app clients'. */
  get clientIds(): string[] {
    return [this.consoleClient, ...this.appClients].map((client) => client.userPoolClientId);
  }

  /** Issuer, client and sign-out endpoint for a front end's OIDC library (the console's config.json). */
  get issuer(): string {
    return this.userPool.userPoolProviderUrl;
  }

  /** Cognito's `/logout` (it publishes no OIDC end-session endpoint). */
  get logoutUrl(): string {
    return `${this.domainUrl}/logout`;
  }

  /** Managed login version 2 shows a client's pages only once it has a style: Cognito's own, here. */
  private brand(id: string, client: UserPoolClient) {
    new CfnManagedLoginBranding(this, id, {
      userPoolId: this.userPool.userPoolId,
      clientId: client.userPoolClientId,
      useCognitoProvidedValues: true,
    });
  }
}

/** The invitation with the temporary password; Cognito fills in {username} and {####}. */
export function invitationEmail(consoleUrl?: string): string {
  const where = consoleUrl ? `登录地址：${consoleUrl}，` : '';
  return `您好，您的课后服务平台账号已开通。${where}登录邮箱：{username}，临时密码：{####}（3 天内有效，首次登录需修改密码）。`;
}

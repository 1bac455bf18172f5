import { Duration, Lazy, RemovalPolicy, Validations } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  StringAttribute,
  UserPool,
  UserPoolClient,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { roles, type Role } from '@kehou/functions/auth/viewer';
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
}

/**
 * Sign-in for the admin console. Accounts are created by district IT (no
 * self sign-up); parents never sign in, they answer surveys anonymously.
 */
export class KehouAuth extends Construct {
  readonly userPool: UserPool;
  readonly consoleClient: UserPoolClient;
  private consoleUrl?: string;

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
      customAttributes: Object.fromEntries(
        scopeAttributes.map((name) => [name, new StringAttribute({ minLen: 1, maxLen: 64, mutable: true })]),
      ),
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

    this.consoleClient = this.userPool.addClient('ConsoleClient', {
      userPoolClientName: `kehou-console-${props.stage}`,
      // A browser app cannot keep a secret.
      generateSecret: false,
      // SRP for the console; USER_PASSWORD_AUTH (over TLS to Cognito) for fetch-only clients and scripts.
      authFlows: { userSrp: true, userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(7),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
        .withCustomAttributes(...scopeAttributes),
      // Users must never re-scope themselves: with their own access token they
      // could otherwise call UpdateUserAttributes on custom:schoolId.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true }),
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
  }
}

/** The invitation with the temporary password; Cognito fills in {username} and {####}. */
export function invitationEmail(consoleUrl?: string): string {
  const where = consoleUrl ? `登录地址：${consoleUrl}，` : '';
  return `您好，您的课后服务平台账号已开通。${where}登录邮箱：{username}，临时密码：{####}（3 天内有效，首次登录需修改密码）。`;
}

import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AccountRecovery, ClientAttributes, FeaturePlan, Mfa, StringAttribute, UserPool, type UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import { Policy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { KehouFunction, repoRoot } from '../api/kehouFunction';
import type { KehouTable, TableAccess } from '../data/kehouTable';
import { metricNamespace, serviceNames } from '@kehou/functions/observability/metricNames';

/** The post-confirmation trigger written in `functions/` (guardians/parentSignUp.ts). */
export const parentSignUpEntry = `${repoRoot}functions/src/handlers/parentSignUp.ts`;

/**
 * What the trigger does with the table: finds the guardian by phone (two GetItems) or creates it with its phone
 * item and an audit event (one transaction of Puts). Nothing else.
 */
export const parentSignUpTableAccess: TableAccess = {
  itemActions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
  queryIndexes: [],
};

/** The one group of the parents' pool: a self-signed-up user can never be in a staff group. */
export const PARENT_GROUP = 'PARENT';

export interface ParentSignUpProps {
  stage: string;
  table: KehouTable;
  /** Defaults to `parentSignUpEntry`. */
  entry?: string;
}

/**
 * Parents (家长) sign up themselves with a phone number: a user pool of their own, separate from staff accounts,
 * with self sign-up, the phone as the user name and an SMS code to confirm it. On confirmation a trigger finds or
 * creates the guardian record for that phone, writes its id to `custom:guardianId` and adds the user to PARENT —
 * the pool has no other group. The API authorises this pool on its own route (`/parent/graphql`), where the
 * handler serves PARENT viewers only.
 */
export class ParentSignUp extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;
  readonly trigger: KehouFunction;

  constructor(scope: Construct, id: string, props: ParentSignUpProps) {
    super(scope, id);

    this.trigger = new KehouFunction(this, 'PostConfirmation', {
      entry: props.entry ?? parentSignUpEntry,
      description: `kehou ${props.stage}: parent sign-up (guardian record, PARENT group)`,
      environment: { TABLE_NAME: props.table.table.tableName },
      observability: { serviceName: serviceNames.parentSignUp, metricNamespace: metricNamespace(props.stage) },
    });
    props.table.grantAccess(this.trigger, parentSignUpTableAccess);

    this.userPool = new UserPool(this, 'UserPool', {
      userPoolName: `kehou-parents-${props.stage}`,
      selfSignUpEnabled: true,
      signInAliases: { phone: true },
      autoVerify: { phone: true },
      standardAttributes: { phoneNumber: { required: true, mutable: true }, fullname: { required: false, mutable: true } },
      customAttributes: { guardianId: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }) },
      passwordPolicy: {
        minLength: 10,
        requireLowercase: true,
        requireDigits: true,
        requireUppercase: false,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(3),
      },
      mfa: Mfa.OFF,
      accountRecovery: AccountRecovery.PHONE_ONLY_WITHOUT_MFA,
      featurePlan: FeaturePlan.ESSENTIALS,
      userVerification: { smsMessage: '您的课后服务平台家长账号验证码：{####}（10 分钟内有效）' },
      lambdaTriggers: { postConfirmation: this.trigger.handler },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.userPool.addGroup(PARENT_GROUP, { groupName: PARENT_GROUP, description: '家长: reads only the children linked with a binding code', precedence: 0 });

    // A policy of its own (not the role's default one): the function must not depend on the pool that names it.
    this.trigger.handler.role?.attachInlinePolicy(
      new Policy(this, 'TriggerCognitoAccess', {
        statements: [
          new PolicyStatement({
            actions: ['cognito-idp:AdminAddUserToGroup', 'cognito-idp:AdminUpdateUserAttributes'],
            resources: [this.userPool.userPoolArn],
          }),
        ],
      }),
    );

    this.client = this.userPool.addClient('ParentClient', {
      userPoolClientName: `kehou-parents-${props.stage}`,
      generateSecret: false,
      authFlows: { userSrp: true, userPassword: true },
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      readAttributes: new ClientAttributes()
        .withStandardAttributes({ phoneNumber: true, phoneNumberVerified: true, fullname: true })
        .withCustomAttributes('guardianId'),
      // Never custom:guardianId: only the trigger sets it.
      writeAttributes: new ClientAttributes().withStandardAttributes({ phoneNumber: true, fullname: true }),
    });

    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG1',
      reason:
        'Parents sign up on phones with a number verified by SMS code: 10 characters with letters and digits, without ' +
        'required capitals or symbols that are awkward on a Chinese phone keyboard and push families to paper forms.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'The verified phone is the parent’s identity; a second factor by SMS would send a code to the same phone. Parent accounts read only their own linked children.',
    });
    Validations.of(this.userPool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason: 'Essentials tier on purpose: Plus is billed per monthly active user, and a district has tens of thousands of parents.',
    });
    // The role Cognito sends the SMS codes with (created by aws-cdk-lib for phone verification).
    Validations.of(this.userPool.node.findChild('smsRole')).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'Cognito’s SMS role publishes verification codes to the phone numbers parents sign up with: SNS direct SMS has no resource ARN to name, so the resource is *.',
    });
  }

  /** Issuer and client of the parents' tokens, for the API's JWT authorizer on the parents' route. */
  get identity() {
    return { issuer: this.userPool.userPoolProviderUrl, audience: [this.client.userPoolClientId] };
  }
}

import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { GraphqlApi, graphqlRoutes } from './api/graphqlApi';
import { KehouAuth } from './auth/kehouAuth';
import { ParentSignUp } from './auth/parentSignUp';
import { appClientOrigins, type KehouConfig } from './config';
import { ConsoleHosting, type ConsoleRuntimeConfig } from './console-hosting/consoleHosting';
import { KehouTable } from './data/kehouTable';
import { DocumentsBucket, documentsBucketOrigin } from './documents/documentsBucket';
import { ScheduledJobs } from './jobs/scheduledJobs';
import { AccessLogBucket } from './monitoring/accessLogBucket';
import { Monitoring } from './monitoring/monitoring';
import { KehouBackup } from './backup/kehouBackup';
import { enableSms } from './notifications/smsSender';

export interface KehouStackProps extends StackProps {
  config: KehouConfig;
  /** A built console (`admin/dist`); bin/app.ts falls back to a placeholder page when it is missing. */
  consoleAssetPath: string;
  /** The built schema reference (graphql/devtools/dist/docs), deployed under /docs/ next to the console. */
  docsAssetPath?: string;
  /** Override handler entry files (template tests use stubs for handlers that do not exist yet). */
  entries?: { graphql?: string; qualificationExpiry?: string; studentRetention?: string; parentSignUp?: string; careAlerts?: string };
}

/**
 * The whole platform of one district and stage. One stack on purpose: the
 * pieces share a lifecycle, and one stack keeps `npm run deploy` a single
 * command for district IT. Each feature is a construct folder under `lib/`.
 */
export class KehouStack extends Stack {
  readonly data: KehouTable;
  /** Undefined when the district's own OIDC provider signs users in (`config.externalIdentity`). */
  readonly auth?: KehouAuth;
  /** Parents' self sign-up by phone (with Cognito only; with the district's OIDC provider parents sign in there). */
  readonly parents?: ParentSignUp;
  readonly documents: DocumentsBucket;
  readonly api: GraphqlApi;
  /** Undefined in the China regions, where CloudFront needs an ICP-recorded domain (host admin/dist yourself). */
  readonly console?: ConsoleHosting;
  readonly jobs: ScheduledJobs;
  readonly monitoring: Monitoring;
  /** Present with `backup=on`. */
  readonly backup?: KehouBackup;

  private readonly config: KehouConfig;

  constructor(scope: Construct, id: string, props: KehouStackProps) {
    // The production stage cannot be deleted by a slip: CloudFormation refuses until protection is turned off.
    super(scope, id, { terminationProtection: isProtectedStage(props.config.stage), ...props });
    const { config } = props;
    this.config = config;
    const { stage } = config;
    const inChina = config.region?.startsWith('cn-') ?? false;

    this.data = new KehouTable(this, 'Data', { stage });
    const accessLogs = new AccessLogBucket(this, 'AccessLogs');

    let identity: { issuer: string; audience: string[] };
    if (config.externalIdentity) {
      identity = config.externalIdentity;
    } else {
      this.auth = new KehouAuth(this, 'Auth', {
        stage,
        adminEmail: config.adminEmail,
        domainPrefix: config.authDomainPrefix,
        appClients: config.appClients,
      });
      // The authorizer accepts tokens of the console and of every outside app client.
      identity = { issuer: this.auth.issuer, audience: this.auth.clientIds };
      // A console the district hosts itself (listed in consoleOrigins) may sign in too.
      this.auth.addConsoleOrigins(config.consoleOrigins.filter((origin) => origin !== '*'));
      this.parents = new ParentSignUp(this, 'Parents', { stage, table: this.data, entry: props.entries?.parentSignUp });
    }
    // Pinned origins: the console's plus the outside apps' (their callback URLs' origins); `*` stays `*`.
    const corsOrigins = config.consoleOrigins.includes('*') ? ['*'] : [...new Set([...config.consoleOrigins, ...appClientOrigins(config.appClients)])];

    this.documents = new DocumentsBucket(this, 'Documents', { stage, logBucket: accessLogs.bucket });

    this.api = new GraphqlApi(this, 'Api', {
      stage,
      table: this.data,
      documents: this.documents,
      jwtIssuer: identity.issuer,
      jwtAudience: identity.audience,
      consoleOrigins: corsOrigins,
      reservedConcurrency: config.reservedConcurrency,
      entry: props.entries?.graphql,
      parentIdentity: this.parents?.identity,
      customDomain: config.apiDomain,
    });
    const graphqlUrl = `${this.api.url}${graphqlRoutes.authenticated.path.slice(1)}`;
    const publicGraphqlUrl = `${this.api.url}${graphqlRoutes.public.path.slice(1)}`;

    if (!inChina) {
      this.console = new ConsoleHosting(this, 'Console', {
        assetPath: props.consoleAssetPath,
        runtimeConfig: { ...runtimeConfig(graphqlUrl, publicGraphqlUrl, identity, this.auth), ...parentsConfig(this.api, this.parents) },
        docsPath: props.docsAssetPath,
        csp: {
          connect: [
            this.api.url.replace(/\/$/, ''),
            // oidc-client-ts reads the issuer's discovery document and keys, then calls the token and revocation
            // endpoints: Cognito's API and its managed-login domain, or the district provider's issuer.
            ...(this.auth ? [`https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}`, this.auth.domainUrl] : [new URL(identity.issuer).origin]),
            documentsBucketOrigin(stage),
          ],
          images: [documentsBucketOrigin(stage)],
        },
        logBucket: accessLogs.bucket,
        customDomain: config.customDomain,
      });
      this.auth?.setConsoleUrl(this.console.url);
    }
    // The hosted console and any explicitly configured origin (e.g. a console the district hosts itself).
    this.documents.allowUploadsFrom([...(this.console ? [this.console.url] : []), ...config.consoleOrigins.filter((origin) => origin !== '*')]);

    this.jobs = new ScheduledJobs(this, 'Jobs', {
      stage,
      table: this.data,
      qualificationExpiryEntry: props.entries?.qualificationExpiry,
      studentRetentionEntry: props.entries?.studentRetention,
      careAlertsEntry: props.entries?.careAlerts,
    });
    // Text messages only when configured: the API (roll call, release) and the alert job write notifications.
    if (config.smsSender) enableSms(config.smsSender, [this.api.function, this.jobs.careAlerts]);

    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage,
      functions: {
        Graphql: this.api.function,
        QualificationExpiry: this.jobs.qualificationExpiry,
        StudentRetention: this.jobs.studentRetention,
        CareAlerts: this.jobs.careAlerts,
        ...(this.parents ? { ParentSignUp: this.parents.trigger } : {}),
      },
      table: this.data,
      httpApi: this.api.httpApi,
      alarmEmail: config.adminEmail,
      graphqlLogGroup: this.api.function.logGroup,
      jobs: this.jobs.jobs,
    });

    if (config.backup) this.backup = new KehouBackup(this, 'Backup', { stage, table: this.data.table, documents: this.documents.bucket });

    this.addOutputs(graphqlUrl, publicGraphqlUrl);
    if (!this.console) {
      // Without hosting here (China regions), the district serves admin/dist itself with this as /config.json.
      new CfnOutput(this, 'ConsoleConfigJson', {
        value: this.toJsonString(runtimeConfig(graphqlUrl, publicGraphqlUrl, identity, this.auth)),
        description: 'config.json for a console the district hosts itself (next to admin/dist/index.html)',
      });
    }
  }

  /** What district IT and the front-end teams need after a deploy (printed by `npm run deploy`). */
  private addOutputs(graphqlUrl: string, publicGraphqlUrl: string) {
    if (this.console) {
      new CfnOutput(this, 'ConsoleUrl', { value: this.console.url, description: 'Admin console (sign in here)' });
      new CfnOutput(this, 'ConsoleDistributionDomain', {
        value: this.console.distribution.distributionDomainName,
        description: "CloudFront domain; point the custom domain's CNAME here",
      });
    }
    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the HTTP API' });
    if (this.api.domainName) {
      new CfnOutput(this, 'ApiDomainTarget', {
        value: this.api.domainName.regionalDomainName,
        description: "Point the API domain's CNAME here",
      });
    }
    if (this.console?.docsUrl) {
      new CfnOutput(this, 'DocsUrl', { value: this.console.docsUrl, description: 'Schema reference of the API' });
    }
    new CfnOutput(this, 'GraphqlUrl', {
      value: graphqlUrl,
      description: 'GraphQL endpoint for signed-in users (Authorization: Bearer <ID token>)',
    });
    new CfnOutput(this, 'PublicGraphqlUrl', { value: publicGraphqlUrl, description: 'Anonymous GraphQL endpoint for survey pages' });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'DocumentsBucketName', { value: this.documents.bucket.bucketName });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.monitoring.topic.topicArn });
    new CfnOutput(this, 'DashboardName', { value: this.monitoring.dashboard.dashboardName });
    new CfnOutput(this, 'Region', { value: this.region, description: 'Region of the API (and user pool)' });
    if (this.auth) {
      new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { value: this.auth.consoleClient.userPoolClientId, description: "The console's app client" });
      new CfnOutput(this, 'OidcIssuer', { value: this.auth.issuer, description: 'OIDC issuer (authority) for front-end apps' });
      new CfnOutput(this, 'ManagedLoginUrl', { value: this.auth.domainUrl, description: 'Cognito managed login (sign-in pages)' });
      this.auth.appClients.forEach((client, index) => {
        const name = this.config.appClients![index].name;
        new CfnOutput(this, `AppClientId${index + 1}`, { value: client.userPoolClientId, description: `App client "${name}"` });
      });
    }
    if (this.parents) {
      new CfnOutput(this, 'ParentUserPoolId', {
        value: this.parents.userPool.userPoolId,
        description: 'Parents sign up here by phone (self sign-up, PARENT only)',
      });
      new CfnOutput(this, 'ParentGraphqlUrl', {
        value: `${this.api.url}${graphqlRoutes.parent.path.slice(1)}`,
        description: 'GraphQL endpoint for parents (their own pool’s ID token)',
      });
    }
  }
}

/** config.json's `parents` section: where the parents' phone pages sign up, sign in and send requests. */
function parentsConfig(api: GraphqlApi, parents: ParentSignUp | undefined): Pick<ConsoleRuntimeConfig, 'parents'> {
  if (!parents) return {};
  return {
    parents: {
      graphqlUrl: `${api.url}${graphqlRoutes.parent.path.slice(1)}`,
      region: Aws.REGION,
      userPoolId: parents.userPool.userPoolId,
      userPoolClientId: parents.client.userPoolClientId,
    },
  };
}

/** config.json for the console: where the API is and how to sign in. */
/**
 * config.json for the console: where the API is and how to sign in — OpenID Connect either way: Cognito's
 * managed login (its issuer, the console client, its /logout) or the district's provider (its issuer, the
 * first client id of oidcAudience).
 */
function runtimeConfig(
  graphqlUrl: string,
  publicGraphqlUrl: string,
  identity: { issuer: string; audience: string[] },
  auth: KehouAuth | undefined,
): ConsoleRuntimeConfig {
  return {
    graphqlUrl,
    publicGraphqlUrl,
    auth: auth
      ? { mode: 'oidc', issuer: auth.issuer, clientId: auth.consoleClient.userPoolClientId, logoutUrl: auth.logoutUrl }
      : { mode: 'oidc', issuer: identity.issuer, clientId: identity.audience[0] },
  };
}

/** Stages whose stack has termination protection. */
export const isProtectedStage = (stage: string) => stage === 'prod';

import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { GraphqlApi, graphqlRoutes } from './api/graphqlApi';
import { KehouAuth } from './auth/kehouAuth';
import { ParentSignUp } from './auth/parentSignUp';
import type { KehouConfig } from './config';
import { ConsoleHosting, type ConsoleRuntimeConfig } from './console-hosting/consoleHosting';
import { KehouTable } from './data/kehouTable';
import { DocumentsBucket, documentsBucketOrigin } from './documents/documentsBucket';
import { ScheduledJobs } from './jobs/scheduledJobs';
import { AccessLogBucket } from './monitoring/accessLogBucket';
import { Monitoring } from './monitoring/monitoring';

export interface KehouStackProps extends StackProps {
  config: KehouConfig;
  /** A built console (`admin/dist`); bin/app.ts falls back to a placeholder page when it is missing. */
  consoleAssetPath: string;
  /** Override handler entry files (template tests use stubs for handlers that do not exist yet). */
  entries?: { graphql?: string; qualificationExpiry?: string; studentRetention?: string; parentSignUp?: string };
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

  constructor(scope: Construct, id: string, props: KehouStackProps) {
    super(scope, id, props);
    const { config } = props;
    const { stage } = config;
    const inChina = config.region?.startsWith('cn-') ?? false;

    this.data = new KehouTable(this, 'Data', { stage });
    const accessLogs = new AccessLogBucket(this, 'AccessLogs');

    let identity: { issuer: string; audience: string[] };
    if (config.externalIdentity) {
      identity = config.externalIdentity;
    } else {
      this.auth = new KehouAuth(this, 'Auth', { stage, adminEmail: config.adminEmail });
      identity = { issuer: this.auth.userPool.userPoolProviderUrl, audience: [this.auth.consoleClient.userPoolClientId] };
      this.parents = new ParentSignUp(this, 'Parents', { stage, table: this.data, entry: props.entries?.parentSignUp });
    }

    this.documents = new DocumentsBucket(this, 'Documents', { stage, logBucket: accessLogs.bucket });

    this.api = new GraphqlApi(this, 'Api', {
      stage,
      table: this.data,
      documents: this.documents,
      jwtIssuer: identity.issuer,
      jwtAudience: identity.audience,
      consoleOrigins: config.consoleOrigins,
      reservedConcurrency: config.reservedConcurrency,
      entry: props.entries?.graphql,
      parentIdentity: this.parents?.identity,
    });
    const graphqlUrl = `${this.api.url}${graphqlRoutes.authenticated.path.slice(1)}`;
    const publicGraphqlUrl = `${this.api.url}${graphqlRoutes.public.path.slice(1)}`;

    if (!inChina) {
      this.console = new ConsoleHosting(this, 'Console', {
        assetPath: props.consoleAssetPath,
        runtimeConfig: { ...runtimeConfig(graphqlUrl, publicGraphqlUrl, identity, this.auth), ...parentsConfig(this.api, this.parents) },
        csp: {
          connect: [
            this.api.httpApi.apiEndpoint,
            // Sign-in calls Cognito's API from the browser; an external provider is called at its issuer.
            this.auth ? `https://cognito-idp.${Aws.REGION}.${Aws.URL_SUFFIX}` : new URL(identity.issuer).origin,
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
    this.documents.allowUploadsFrom([
      ...(this.console ? [this.console.url] : []),
      ...config.consoleOrigins.filter((origin) => origin !== '*'),
    ]);

    this.jobs = new ScheduledJobs(this, 'Jobs', {
      stage,
      table: this.data,
      qualificationExpiryEntry: props.entries?.qualificationExpiry,
      studentRetentionEntry: props.entries?.studentRetention,
    });

    this.monitoring = new Monitoring(this, 'Monitoring', {
      stage,
      functions: {
        Graphql: this.api.function,
        QualificationExpiry: this.jobs.qualificationExpiry,
        StudentRetention: this.jobs.studentRetention,
        ...(this.parents ? { ParentSignUp: this.parents.trigger } : {}),
      },
      table: this.data,
      httpApi: this.api.httpApi,
      alarmEmail: config.adminEmail,
    });

    this.addOutputs(graphqlUrl, publicGraphqlUrl);
  }

  /** What district IT and the front-end teams need after a deploy (printed by `npm run deploy`). */
  private addOutputs(graphqlUrl: string, publicGraphqlUrl: string) {
    if (this.console) {
      new CfnOutput(this, 'ConsoleUrl', { value: this.console.url, description: 'Admin console (sign in here)' });
      new CfnOutput(this, 'ConsoleDistributionDomain', {
        value: this.console.distribution.distributionDomainName,
        description: 'CloudFront domain; point the custom domain\'s CNAME here',
      });
    }
    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the HTTP API' });
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
      new CfnOutput(this, 'UserPoolClientId', { value: this.auth.consoleClient.userPoolClientId });
    }
    if (this.parents) {
      new CfnOutput(this, 'ParentUserPoolId', { value: this.parents.userPool.userPoolId, description: 'Parents sign up here by phone (self sign-up, PARENT only)' });
      new CfnOutput(this, 'ParentGraphqlUrl', { value: `${this.api.url}${graphqlRoutes.parent.path.slice(1)}`, description: 'GraphQL endpoint for parents (their own pool’s ID token)' });
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
      ? {
          mode: 'cognito',
          region: Aws.REGION,
          userPoolId: auth.userPool.userPoolId,
          userPoolClientId: auth.consoleClient.userPoolClientId,
        }
      : { mode: 'oidc', issuer: identity.issuer, clientId: identity.audience[0] },
  };
}

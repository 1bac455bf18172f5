import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { GraphqlApi, graphqlRoutes } from './api/graphqlApi';
import { KehouAuth } from './auth/kehouAuth';
import type { KehouConfig } from './config';
import { KehouTable } from './data/kehouTable';

export interface KehouStackProps extends StackProps {
  config: KehouConfig;
  /** Overrides the GraphQL handler entry file (template tests use a stub until the handler exists). */
  graphqlEntry?: string;
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
  readonly api: GraphqlApi;

  constructor(scope: Construct, id: string, props: KehouStackProps) {
    super(scope, id, props);
    const { stage, consoleOrigins, externalIdentity } = props.config;

    this.data = new KehouTable(this, 'Data', { stage });
    let identity: { issuer: string; audience: string[] };
    if (externalIdentity) {
      identity = externalIdentity;
    } else {
      this.auth = new KehouAuth(this, 'Auth', { stage });
      identity = { issuer: this.auth.userPool.userPoolProviderUrl, audience: [this.auth.consoleClient.userPoolClientId] };
    }
    this.api = new GraphqlApi(this, 'Api', {
      stage,
      table: this.data,
      jwtIssuer: identity.issuer,
      jwtAudience: identity.audience,
      consoleOrigins,
      entry: props.graphqlEntry,
    });

    // What the console's and front-end teams' configuration needs after a deploy.
    new CfnOutput(this, 'ApiUrl', { value: this.api.url, description: 'Base URL of the HTTP API' });
    new CfnOutput(this, 'GraphqlUrl', {
      value: `${this.api.url}${graphqlRoutes.authenticated.path.slice(1)}`,
      description: 'GraphQL endpoint for signed-in users (Authorization: Bearer <ID token>)',
    });
    new CfnOutput(this, 'PublicGraphqlUrl', {
      value: `${this.api.url}${graphqlRoutes.public.path.slice(1)}`,
      description: 'Anonymous GraphQL endpoint for survey pages',
    });
    new CfnOutput(this, 'TableName', { value: this.data.table.tableName });
    new CfnOutput(this, 'Region', { value: this.region, description: 'Region of the API (and user pool)' });
    if (this.auth) {
      new CfnOutput(this, 'UserPoolId', { value: this.auth.userPool.userPoolId });
      new CfnOutput(this, 'UserPoolClientId', { value: this.auth.consoleClient.userPoolClientId });
    }
  }
}

import { Duration, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  ApiMapping,
  CorsHttpMethod,
  DomainName,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  SecurityPolicy,
  type CfnStage,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { metricNamespace, serviceNames } from '@kehou/functions/observability/metricNames';
import { globalIndexes } from '@kehou/functions/table';
import type { KehouTable, TableAccess } from '../data/kehouTable';
import type { DocumentsBucket } from '../documents/documentsBucket';
import { KehouFunction, logRetention, repoRoot } from './kehouFunction';

/** The Apollo Server handler (API Gateway HTTP API v2 events) written in `functions/`. */
export const graphqlEntry = `${repoRoot}functions/src/handlers/graphql.ts`;

/** Routes; the handler ignores any token on the public one and serves only public survey operations there. */
export const graphqlRoutes = {
  authenticated: { method: HttpMethod.POST, path: '/graphql' },
  public: { method: HttpMethod.POST, path: '/public/graphql' },
  /** Parents' tokens (their own user pool); the handler serves PARENT viewers only here. */
  parent: { method: HttpMethod.POST, path: '/parent/graphql' },
} as const;

/**
 * What the GraphQL API does with the table: reads by key and in batches
 * (DataLoaders), queries on the base table and every GSI, and conditional
 * writes in transactions. Never Scan, BatchWriteItem or DescribeTable.
 */
export const graphqlTableAccess: TableAccess = {
  itemActions: [
    'dynamodb:GetItem',
    'dynamodb:BatchGetItem',
    'dynamodb:Query',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
    'dynamodb:ConditionCheckItem',
  ],
  queryIndexes: globalIndexes.map((index) => index.indexName),
};

/**
 * Gateway throttles, in requests per second. The stage limit protects the
 * Lambda concurrency of the account; the lower public limit bounds what an
 * anonymous caller can cost before the handler's own survey rate limit applies.
 */
export const throttles = {
  stage: { rateLimit: 100, burstLimit: 200 },
  publicRoute: { rateLimit: 20, burstLimit: 50 },
} as const;

export interface GraphqlApiProps {
  stage: string;
  table: KehouTable;
  /** Token issuer (the Cognito pool's provider URL, or the district's OIDC provider) and accepted client ids. */
  jwtIssuer: string;
  jwtAudience: string[];
  consoleOrigins: string[];
  /** Qualification documents; the function signs upload and download URLs for them. */
  documents: DocumentsBucket;
  /** See `KehouConfig.reservedConcurrency`. */
  reservedConcurrency?: number;
  /** Defaults to `graphqlEntry`. */
  entry?: string;
  /** The parents' user pool (self sign-up by phone): authorises the parents' route. */
  parentIdentity?: { issuer: string; audience: string[] };
  /** The API on its own host name (see `KehouConfig.apiDomain`). */
  customDomain?: { domainName: string; certificateArn: string };
}

/** The GraphQL endpoint: one Lambda behind an HTTP API with a JWT-authorised route and an anonymous survey route. */
export class GraphqlApi extends Construct {
  readonly function: KehouFunction;
  readonly httpApi: HttpApi;
  readonly stage: HttpStage;
  /** The custom domain, when configured: point a CNAME at its `regionalDomainName`. */
  readonly domainName?: DomainName;
  private readonly customHost?: string;

  constructor(scope: Construct, id: string, props: GraphqlApiProps) {
    super(scope, id);

    this.function = new KehouFunction(this, 'GraphqlFunction', {
      entry: props.entry ?? graphqlEntry,
      description: `kehou ${props.stage}: GraphQL API (Apollo Server)`,
      memorySize: 1024,
      // Below the HTTP API's 30 s integration limit, so the client gets the Lambda's error, not a gateway 503.
      timeout: Duration.seconds(25),
      environment: { TABLE_NAME: props.table.table.tableName, DOCUMENTS_BUCKET: props.documents.bucket.bucketName },
      reservedConcurrency: props.reservedConcurrency,
      observability: { serviceName: serviceNames.graphql, metricNamespace: metricNamespace(props.stage) },
    });
    props.table.grantAccess(this.function, graphqlTableAccess);
    props.documents.grantDocumentAccess(this.function);

    this.httpApi = new HttpApi(this, 'HttpApi', {
      apiName: `kehou-${props.stage}`,
      description: 'GraphQL API of the after-school service platform (课后服务平台)',
      // Created below, because the default stage cannot be given logs or throttles.
      createDefaultStage: false,
      // API Gateway answers preflight requests itself, before any authorizer runs.
      corsPreflight: {
        allowOrigins: props.consoleOrigins,
        allowMethods: [CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        allowHeaders: ['authorization', 'content-type', 'apollo-require-preflight', 'x-apollo-operation-name'],
        maxAge: Duration.days(1),
      },
    });

    const integration = new HttpLambdaIntegration('GraphqlIntegration', this.function.handler);

    // A plain JWT authorizer rather than HttpUserPoolAuthorizer, so that the issuer can be
    // Cognito or the district's own OIDC provider. The audience check accepts ID tokens
    // (`aud`) and Cognito access tokens (`client_id`) issued to the listed clients.
    const authorizer = new HttpJwtAuthorizer('Jwt', props.jwtIssuer, {
      jwtAudience: props.jwtAudience,
      identitySource: ['$request.header.Authorization'],
    });

    this.httpApi.addRoutes({
      path: graphqlRoutes.authenticated.path,
      methods: [graphqlRoutes.authenticated.method],
      integration,
      authorizer,
    });
    if (props.parentIdentity) {
      this.httpApi.addRoutes({
        path: graphqlRoutes.parent.path,
        methods: [graphqlRoutes.parent.method],
        integration,
        authorizer: new HttpJwtAuthorizer('ParentJwt', props.parentIdentity.issuer, {
          jwtAudience: props.parentIdentity.audience,
          identitySource: ['$request.header.Authorization'],
        }),
      });
    }
    const [publicRoute] = this.httpApi.addRoutes({
      path: graphqlRoutes.public.path,
      methods: [graphqlRoutes.public.method],
      integration,
    });

    Validations.of(publicRoute).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason:
        'Intentionally anonymous: parents answer surveys by access code without an account (spec §4). The handler ' +
        'ignores any token on this route, so only operations open to anonymous callers (publicSurvey, ' +
        'submitSurveyResponse, rate-limited per spec §3.4) succeed; the gateway throttles the route below the stage limit.',
    });

    const accessLogs = new LogGroup(this, 'AccessLogs', { retention: logRetention });
    this.stage = new HttpStage(this, 'Stage', {
      httpApi: this.httpApi,
      stageName: '$default',
      autoDeploy: true,
      throttle: throttles.stage,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            requestTime: '$context.requestTime',
            sourceIp: '$context.identity.sourceIp',
            userAgent: '$context.identity.userAgent',
            routeKey: '$context.routeKey',
            status: '$context.status',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationLatency: '$context.integrationLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
            // The token's subject only: who called, without names or e-mail addresses in the logs.
            sub: '$context.authorizer.claims.sub',
          }),
        ),
      },
    });

    // Per-route throttling has no L2 property; the route must exist before the stage refers to it.
    const cfnStage = this.stage.node.defaultChild as CfnStage;
    cfnStage.routeSettings = {
      [`${graphqlRoutes.public.method} ${graphqlRoutes.public.path}`]: {
        ThrottlingRateLimit: throttles.publicRoute.rateLimit,
        ThrottlingBurstLimit: throttles.publicRoute.burstLimit,
      },
    };
    cfnStage.node.addDependency(publicRoute);

    if (props.customDomain) {
      this.customHost = props.customDomain.domainName;
      this.domainName = new DomainName(this, 'DomainName', {
        domainName: props.customDomain.domainName,
        certificate: Certificate.fromCertificateArn(this, 'Certificate', props.customDomain.certificateArn),
        securityPolicy: SecurityPolicy.TLS_1_2,
      });
      new ApiMapping(this, 'DomainMapping', { api: this.httpApi, domainName: this.domainName, stage: this.stage });
    }
  }

  /** Base URL of the API (ends with `/`): the custom domain when there is one. */
  get url(): string {
    return this.customHost ? `https://${this.customHost}/` : this.stage.url;
  }
}

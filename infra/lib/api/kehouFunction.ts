import { Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal, type IGrantable, type IPrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, ApplicationLogLevel, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';

/** The monorepo root: esbuild runs there so workspace packages and the one lock file resolve. */
export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Log retention for every function: the PRC Cybersecurity Law (网络安全法, art. 21)
 * asks network operators to keep network logs for no less than six months.
 */
export const logRetention = RetentionDays.SIX_MONTHS;

export interface KehouFunctionProps {
  /** Entry file, absolute (use `repoRoot`). */
  entry: string;
  description: string;
  environment?: Record<string, string>;
  /** More memory also buys proportionally more CPU, which shortens cold starts. */
  memorySize?: number;
  timeout?: Duration;
  /** Reserved (and maximum) concurrent executions; unset leaves the function on the account's shared pool. */
  reservedConcurrency?: number;
  /** The `service` of its logs, metrics and traces, and the CloudWatch namespace of its metrics (see metricNames.ts). */
  observability: { serviceName: string; metricNamespace: string };
}

/**
 * The esbuild settings every function is bundled with, shared with the bundle-size
 * test (test/bundleSize.test.ts) so the size it reports is the size that deploys.
 */
export const bundleSettings = {
  format: 'esm',
  platform: 'node',
  target: 'node22',
  minify: true,
  // Prefer ESM entry points so `import` and `require` of a dual package
  // (graphql) resolve to one copy; two copies break graphql's instanceof checks.
  mainFields: ['module', 'main'],
  // esbuild's ESM output still has CommonJS dependencies that call require().
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  loader: { '.graphql': 'text' },
  // Keep Chinese messages readable in the bundle instead of \u escapes.
  charset: 'utf8',
} as const;

/**
 * One Lambda function with the project's shared defaults, so every handler
 * is built, logged and permissioned the same way:
 * - Node 22 on Graviton (arm64: cheaper per GB-second than x86),
 * - an ESM bundle made by the local esbuild (no Docker on build machines),
 * - JSON logs in a log group of its own with a fixed retention,
 * - a role that can write to that log group and nothing else until granted,
 * - X-Ray active tracing (Powertools Tracer adds the AWS SDK calls) and EMF metrics under the stage's namespace.
 */
export class KehouFunction extends Construct implements IGrantable {
  readonly handler: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly grantPrincipal: IPrincipal;

  constructor(scope: Construct, id: string, props: KehouFunctionProps) {
    super(scope, id);

    this.logGroup = new LogGroup(this, 'Logs', { retention: logRetention });

    // Our own role instead of the default one with AWSLambdaBasicExecutionRole,
    // whose logs permissions cover every log group in the account.
    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('lambda.amazonaws.com') });
    this.logGroup.grantWrite(role);
    this.grantPrincipal = role;

    this.handler = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      description: props.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      role,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      tracing: Tracing.ACTIVE,
      environment: {
        POWERTOOLS_SERVICE_NAME: props.observability.serviceName,
        POWERTOOLS_METRICS_NAMESPACE: props.observability.metricNamespace,
        NODE_OPTIONS: '--enable-source-maps',
        // Apollo Server hides stack traces from clients only in production mode.
        NODE_ENV: 'production',
        ...props.environment,
      },
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      reservedConcurrentExecutions: props.reservedConcurrency,
      bundling: {
        format: OutputFormat.ESM,
        target: bundleSettings.target,
        minify: bundleSettings.minify,
        sourceMap: true,
        // Positions are enough for stack traces; embedded sources would double the bundle.
        sourcesContent: false,
        mainFields: [...bundleSettings.mainFields],
        banner: bundleSettings.banner,
        loader: { ...bundleSettings.loader },
        charset: Charset.UTF8,
        // Ship the SDK version the tests ran against, not whatever the runtime carries.
        bundleAwsSDK: true,
        forceDockerBundling: false,
      },
    });

    Validations.of(this).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'Pinned to nodejs22.x on purpose: the project standardises on Node 22 LTS (maintained until 2027) and the ' +
        'bundle targets it; nodejs24.x has not been validated with the pinned dependencies, so it is a deliberate upgrade.',
    });
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'xray:PutTraceSegments and xray:PutTelemetryRecords, added by active tracing: X-Ray offers no resource-level ' +
        'permissions for them, and they only send this function\'s own trace data.',
    });
  }
}

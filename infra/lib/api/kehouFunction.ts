import { AssetHashType, DockerImage, Duration, Validations } from 'aws-cdk-lib';
import { Role, ServicePrincipal, type IGrantable, type IPrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, ApplicationLogLevel, Code, Function as LambdaFunction, LoggingFormat, Runtime, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { relative } from 'node:path';
import { bundleSync, repoRoot } from './bundle';

export { bundleSettings, repoRoot } from './bundle';

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
 * One Lambda function with the project's shared defaults, so every handler
 * is built, logged and permissioned the same way:
 * - Node 22 on Graviton (arm64: cheaper per GB-second than x86),
 * - an ESM bundle made by the local esbuild (no Docker on build machines) by `bundleAsync` (bundle.ts): the
 *   entry (all a cold start loads) plus chunks loaded on first use, no source maps,
 * - JSON logs in a log group of its own with a fixed retention,
 * - a role that can write to that log group and nothing else until granted,
 * - X-Ray active tracing (Powertools Tracer adds the AWS SDK calls) and EMF metrics under the stage's namespace.
 */
export class KehouFunction extends Construct implements IGrantable {
  readonly handler: LambdaFunction;
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

    this.handler = new LambdaFunction(this, 'Function', {
      // Our own esbuild call instead of NodejsFunction's: it cannot split code into chunks loaded on first use.
      code: Code.fromAsset(repoRoot, {
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          local: {
            tryBundle(outputDir) {
              bundleSync(props.entry, outputDir);
              return true;
            },
          },
          // Never used: local bundling always answers (it throws on a build error rather than fall back).
          image: DockerImage.fromRegistry('public.ecr.aws/docker/library/node:22'),
          // CDK reuses a staged bundle for the same source path and bundling options, and it cannot see into
          // tryBundle: naming the entry here keeps two functions from sharing one bundle.
          command: ['bundle', relative(repoRoot, props.entry)],
        },
      }),
      handler: 'index.handler',
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
        // Apollo Server hides stack traces from clients only in production mode.
        NODE_ENV: 'production',
        ...props.environment,
      },
      reservedConcurrentExecutions: props.reservedConcurrency,
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
        "permissions for them, and they only send this function's own trace data.",
    });
  }
}

import { Duration, Validations } from 'aws-cdk-lib';
import { Rule, Schedule, type CronOptions } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { metricNamespace, serviceNames } from '@kehou/functions/observability/metricNames';
import { KehouFunction, repoRoot } from '../api/kehouFunction';
import type { KehouTable, TableAccess } from '../data/kehouTable';

/** The daily job of functions/ that marks expired provider qualifications (资质到期) and records it in the audit trail. */
export const qualificationExpiryEntry = `${repoRoot}functions/src/handlers/qualificationExpiry.ts`;

/**
 * What the expiry job does with the table: finds qualifications by expiry date
 * on gsi3 (records by status), then updates each in a transaction with its
 * audit entry and a version condition. Nothing else: no deletes, no batch reads.
 */
export const qualificationExpiryTableAccess: TableAccess = {
  itemActions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:ConditionCheckItem'],
  queryIndexes: ['gsi3'],
};

/**
 * 01:00 China Standard Time, i.e. 17:00 UTC the day before. EventBridge rules
 * run on UTC; China has no daylight saving time, so the offset never changes.
 * After midnight, so a qualification expiring "today" is caught the same night.
 */
export const qualificationExpirySchedule = { minute: '0', hour: '17' } as const;

/** The daily job that deletes students who left longer ago than the district's retention period (SPEC §3.11). */
export const studentRetentionEntry = `${repoRoot}functions/src/handlers/studentRetention.ts`;

/**
 * What the retention job does with the table: finds students who left on the sparse gsi3, their applications (gsi3)
 * and roster entries (gsi1), their links (base table, gsi1) and binding code, then deletes them in transactions
 * (Delete, with conditions; seat counters are Updates). No Scan, no BatchWriteItem.
 */
export const studentRetentionTableAccess: TableAccess = {
  itemActions: ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'],
  queryIndexes: ['gsi1', 'gsi3'],
};

/** 01:30 China Standard Time (17:30 UTC): after the qualification check, in the quietest hour. */
export const studentRetentionSchedule = { minute: '30', hour: '17' } as const;

/** Retries before a run counts as failed: EventBridge's delivery retries, then Lambda's retries of a failed run. */
export const jobRetries = { attempts: 2, maxEventAge: Duration.hours(2) } as const;

export interface ScheduledJobsProps {
  stage: string;
  table: KehouTable;
  /** Defaults to `qualificationExpiryEntry`. */
  qualificationExpiryEntry?: string;
  /** Defaults to `studentRetentionEntry`. */
  studentRetentionEntry?: string;
}

/** One scheduled job: its function, its schedule, and the queue where its failed runs end up. */
export interface ScheduledJob {
  name: string;
  function: KehouFunction;
  rule: Rule;
  /** Runs that failed after every retry (and events EventBridge could not deliver): the monitoring alarms on it. */
  deadLetters: Queue;
}

/** Time-driven work that no request triggers. Every job gets a dead-letter queue; Monitoring alarms on each. */
export class ScheduledJobs extends Construct {
  readonly jobs: ScheduledJob[] = [];
  readonly qualificationExpiry: KehouFunction;
  readonly qualificationExpiryRule: Rule;
  readonly studentRetention: KehouFunction;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: ScheduledJobsProps,
  ) {
    super(scope, id);

    const expiry = this.addJob('QualificationExpiry', {
      entry: props.qualificationExpiryEntry ?? qualificationExpiryEntry,
      description: 'daily qualification expiry check',
      serviceName: serviceNames.qualificationExpiry,
      ruleDescription: 'Daily at 01:00 China Standard Time: mark expired provider qualifications',
      schedule: qualificationExpirySchedule,
      // A district has at most a few thousand qualifications; minutes leave room for retries of conflicts.
      timeout: Duration.minutes(5),
    });
    props.table.grantAccess(expiry.function, qualificationExpiryTableAccess);
    this.qualificationExpiry = expiry.function;
    this.qualificationExpiryRule = expiry.rule;

    const retention = this.addJob('StudentRetention', {
      entry: props.studentRetentionEntry ?? studentRetentionEntry,
      description: 'daily student data retention (deletes students who left long ago)',
      serviceName: serviceNames.studentRetention,
      ruleDescription: 'Daily at 01:30 China Standard Time: delete students who left longer ago than the retention period',
      // Idempotent: a student not finished today is still in the index tomorrow.
      schedule: studentRetentionSchedule,
      timeout: Duration.minutes(10),
    });
    props.table.grantAccess(retention.function, studentRetentionTableAccess);
    this.studentRetention = retention.function;
  }

  /**
   * A function on a cron schedule (UTC). Retries rely on the handler being idempotent; a run that still fails, or
   * an event that cannot be delivered, is kept 14 days in the job's dead-letter queue.
   */
  private addJob(
    name: string,
    job: { entry: string; description: string; serviceName: string; ruleDescription: string; schedule: CronOptions; timeout: Duration },
  ): ScheduledJob {
    const { stage, table } = this.props;
    const fn = new KehouFunction(this, name, {
      entry: job.entry,
      description: `kehou ${stage}: ${job.description}`,
      timeout: job.timeout,
      environment: { TABLE_NAME: table.table.tableName },
      observability: { serviceName: job.serviceName, metricNamespace: metricNamespace(stage) },
      // No reserved concurrency: one run a day, and reserving would shrink the pool the API shares.
    });
    const deadLetters = new Queue(this, `${name}DeadLetters`, {
      retentionPeriod: Duration.days(14),
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
    });
    Validations.of(deadLetters).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself the dead-letter queue of a scheduled job (EventBridge target and Lambda on-failure ' +
        'destination); nothing consumes it automatically, an operator reads it when its alarm fires.',
    });
    fn.handler.configureAsyncInvoke({
      retryAttempts: jobRetries.attempts,
      maxEventAge: jobRetries.maxEventAge,
      onFailure: new SqsDestination(deadLetters),
    });
    const rule = new Rule(this, `${name}Schedule`, {
      description: job.ruleDescription,
      schedule: Schedule.cron(job.schedule),
      targets: [
        new LambdaFunction(fn.handler, {
          retryAttempts: jobRetries.attempts,
          maxEventAge: jobRetries.maxEventAge,
          deadLetterQueue: deadLetters,
        }),
      ],
    });
    const scheduled = { name, function: fn, rule, deadLetters };
    this.jobs.push(scheduled);
    return scheduled;
  }
}

import { Duration } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Construct } from 'constructs';
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

export interface ScheduledJobsProps {
  stage: string;
  table: KehouTable;
  /** Defaults to `qualificationExpiryEntry`. */
  qualificationExpiryEntry?: string;
  /** Defaults to `studentRetentionEntry`. */
  studentRetentionEntry?: string;
}

/** Time-driven work that no request triggers. */
export class ScheduledJobs extends Construct {
  readonly qualificationExpiry: KehouFunction;
  readonly qualificationExpiryRule: Rule;
  readonly studentRetention: KehouFunction;

  constructor(scope: Construct, id: string, props: ScheduledJobsProps) {
    super(scope, id);

    this.qualificationExpiry = new KehouFunction(this, 'QualificationExpiry', {
      entry: props.qualificationExpiryEntry ?? qualificationExpiryEntry,
      description: `kehou ${props.stage}: daily qualification expiry check`,
      // A district has at most a few thousand qualifications; minutes leave room for retries of conflicts.
      timeout: Duration.minutes(5),
      environment: { TABLE_NAME: props.table.table.tableName },
      // No reserved concurrency: one run a day, and reserving would shrink the pool the API shares.
    });
    props.table.grantAccess(this.qualificationExpiry, qualificationExpiryTableAccess);

    this.qualificationExpiryRule = new Rule(this, 'QualificationExpirySchedule', {
      description: 'Daily at 01:00 China Standard Time: mark expired provider qualifications',
      schedule: Schedule.cron(qualificationExpirySchedule),
      targets: [
        new LambdaFunction(this.qualificationExpiry.handler, {
          // Retries rely on the handler being idempotent (records already marked expired are skipped).
          retryAttempts: 2,
          maxEventAge: Duration.hours(2),
        }),
      ],
    });

    this.studentRetention = new KehouFunction(this, 'StudentRetention', {
      entry: props.studentRetentionEntry ?? studentRetentionEntry,
      description: `kehou ${props.stage}: daily student data retention (deletes students who left long ago)`,
      timeout: Duration.minutes(10),
      environment: { TABLE_NAME: props.table.table.tableName },
    });
    props.table.grantAccess(this.studentRetention, studentRetentionTableAccess);
    new Rule(this, 'StudentRetentionSchedule', {
      description: 'Daily at 01:30 China Standard Time: delete students who left longer ago than the retention period',
      schedule: Schedule.cron(studentRetentionSchedule),
      // Idempotent: a student not finished today is still in the index tomorrow.
      targets: [new LambdaFunction(this.studentRetention.handler, { retryAttempts: 2, maxEventAge: Duration.hours(2) })],
    });
  }
}

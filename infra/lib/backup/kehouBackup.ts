import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import { ManagedPolicy, type Role } from 'aws-cdk-lib/aws-iam';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * When the copies are taken and how long they are kept. 02:00 China Standard Time (18:00 UTC), after the nightly
 * qualification job; monthly copies on the 1st.
 */
export const backupRules = {
  daily: { hour: '18', minute: '0', keepDays: 35 },
  monthly: { day: '1', hour: '18', minute: '0', keepDays: 365 },
} as const;

/** AWS Backup's own policies for the role it assumes: DynamoDB and S3 backup and restore, kept current by AWS. */
export const backupManagedPolicies = [
  'service-role/AWSBackupServiceRolePolicyForBackup',
  'service-role/AWSBackupServiceRolePolicyForRestores',
  'AWSBackupServiceRolePolicyForS3Backup',
  'AWSBackupServiceRolePolicyForS3Restore',
] as const;

export interface KehouBackupProps {
  stage: string;
  table: ITable;
  documents: IBucket;
}

/**
 * The optional AWS Backup plan (`backup=on`): the table and the documents bucket copied into a vault of their own
 * that outlives the stack, so a district can restore from before a mistake older than PITR's 35 days.
 */
export class KehouBackup extends Construct {
  readonly vault: BackupVault;
  readonly plan: BackupPlan;

  constructor(scope: Construct, id: string, props: KehouBackupProps) {
    super(scope, id);
    // Retained: the copies are the point of it, and deleting a stack must not take them along.
    this.vault = new BackupVault(this, 'Vault', { backupVaultName: `kehou-${props.stage}`, removalPolicy: RemovalPolicy.RETAIN });
    this.plan = new BackupPlan(this, 'Plan', { backupPlanName: `kehou-${props.stage}`, backupVault: this.vault });
    const { daily, monthly } = backupRules;
    this.plan.addRule(
      new BackupPlanRule({
        ruleName: 'Daily',
        scheduleExpression: Schedule.cron({ hour: daily.hour, minute: daily.minute }),
        deleteAfter: Duration.days(daily.keepDays),
      }),
    );
    this.plan.addRule(
      new BackupPlanRule({
        ruleName: 'Monthly',
        scheduleExpression: Schedule.cron({ day: monthly.day, hour: monthly.hour, minute: monthly.minute }),
        deleteAfter: Duration.days(monthly.keepDays),
      }),
    );
    const selection = this.plan.addSelection('Data', {
      resources: [BackupResource.fromDynamoDbTable(props.table), BackupResource.fromArn(props.documents.bucketArn)],
      allowRestores: true,
    });
    // The S3 policies are not among the ones aws-cdk-lib attaches for DynamoDB.
    const role = selection.grantPrincipal as Role;
    role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('AWSBackupServiceRolePolicyForS3Backup'));
    role.addManagedPolicy(ManagedPolicy.fromAwsManagedPolicyName('AWSBackupServiceRolePolicyForS3Restore'));
    for (const policy of backupManagedPolicies) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/${policy}]`,
        reason:
          'The role AWS Backup assumes to copy and restore the table and the documents bucket. AWS maintains these ' +
          "service policies as backup features change; the plan selects only this stage's table and bucket.",
      });
    }
  }
}

import { RemovalPolicy } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2, type GlobalSecondaryIndexPropsV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { DEFAULT_TABLE_NAME, globalIndexes, primaryKey, timeToLiveAttribute, type GlobalIndexName } from '@kehou/functions/table';

/**
 * What one function may do with the table: item actions on the base table and
 * Query on the named GSIs. Transactions need no actions of their own: IAM
 * authorises TransactWriteItems per item as Put/Update/Delete/ConditionCheckItem
 * and TransactGetItems as GetItem. Scan, BatchWriteItem, DescribeTable and
 * stream reads are never granted: nothing in functions/ uses them.
 */
export interface TableAccess {
  itemActions: readonly `dynamodb:${string}`[];
  /** GSIs hold projected copies of items and can only be queried. */
  queryIndexes: readonly GlobalIndexName[];
}

export interface KehouTableProps {
  stage: string;
}

/**
 * The single table, built from the shared definition in
 * `@kehou/functions/table` so the deployed table, the local engine and the
 * repository code agree on key and index names.
 */
export class KehouTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string, props: KehouTableProps) {
    super(scope, id);

    const stringKey = (name: string) => ({ name, type: AttributeType.STRING });
    const indexes: GlobalSecondaryIndexPropsV2[] = globalIndexes.map((index) => ({
      indexName: index.indexName,
      partitionKey: stringKey(index.partitionKey),
      sortKey: stringKey(index.sortKey),
    }));

    this.table = new TableV2(this, 'Table', {
      // A readable, stage-scoped name: operators find it in the console and in exports.
      tableName: `${DEFAULT_TABLE_NAME}-${props.stage}`,
      partitionKey: stringKey(primaryKey.partitionKey),
      sortKey: stringKey(primaryKey.sortKey),
      globalSecondaryIndexes: indexes,
      timeToLiveAttribute,
      // Load is spiky (term start, survey weeks) and small the rest of the year.
      billing: Billing.onDemand(),
      // The audit trail (管理台账) and archived qualifications live here: guard
      // against accidental deletes at every level and keep 35 days of restores.
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // No stream: the audit trail is written in the same transaction as each change, and
      // nothing reacts to changes asynchronously. Enable one when a consumer exists.
      // The aws/dynamodb key: key usage shows up in CloudTrail, at no key cost to the district.
      encryption: TableEncryptionV2.awsManagedKey(),
    });
  }

  /**
   * Grants exactly the listed item actions on the table and Query on each
   * listed index. Narrower than `grantReadWriteData`, which also allows Scan,
   * BatchWriteItem, DescribeTable and stream reads.
   */
  grantAccess(grantee: IGrantable, access: TableAccess): void {
    grantee.grantPrincipal.addToPrincipalPolicy(new PolicyStatement({ actions: [...access.itemActions], resources: [this.table.tableArn] }));
    if (access.queryIndexes.length === 0) return;
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:Query'],
        // Index ARNs by name rather than `index/*`: no wildcard to justify.
        resources: access.queryIndexes.map((indexName) => `${this.table.tableArn}/index/${indexName}`),
      }),
    );
  }
}

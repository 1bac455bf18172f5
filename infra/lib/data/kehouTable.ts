import { RemovalPolicy } from 'aws-cdk-lib';
import {
  AttributeType,
  Billing,
  TableEncryptionV2,
  TableV2,
  type GlobalSecondaryIndexPropsV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { DEFAULT_TABLE_NAME, globalIndexes, primaryKey, timeToLiveAttribute } from '@kehou/functions/table';

/**
 * The DynamoDB actions the GraphQL API performs on items. Transactions need no
 * actions of their own: IAM authorises TransactWriteItems per item as
 * Put/Update/Delete/ConditionCheckItem and TransactGetItems as GetItem.
 * Deliberately absent: Scan (results are maintained aggregates, never scans),
 * BatchWriteItem, DescribeTable and stream reads.
 */
export const itemActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:ConditionCheckItem',
] as const;

/** GSIs hold projected copies of items and can only be queried. */
export const indexActions = ['dynamodb:Query'] as const;

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
      // The aws/dynamodb key: key usage shows up in CloudTrail, at no key cost to the district.
      encryption: TableEncryptionV2.awsManagedKey(),
    });
  }

  /**
   * Grants exactly the item actions the API uses on the table and Query on
   * each named index. Narrower than `grantReadWriteData`, which also allows
   * Scan, BatchWriteItem, DescribeTable and stream reads.
   */
  grantItemAccess(grantee: IGrantable): void {
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...itemActions], resources: [this.table.tableArn] }),
    );
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        actions: [...indexActions],
        // Index ARNs from the shared definition rather than `index/*`: no wildcard to justify.
        resources: globalIndexes.map((index) => `${this.table.tableArn}/index/${index.indexName}`),
      }),
    );
  }
}

/**
 * The one definition of the single DynamoDB table: its key attributes and
 * global secondary indexes. The CDK data construct and the local engine
 * bootstrap both import it, so the deployed table and the local one cannot
 * drift apart. Pure data: no AWS SDK import, so CDK can load it cheaply.
 */

/** Table name used locally and as the CDK default (a stage suffix is added when deployed). */
export const DEFAULT_TABLE_NAME = 'kehou';

/** Generic key attribute names: entities overload them (ElectroDB single-table style). */
export const primaryKey = { partitionKey: 'pk', sortKey: 'sk' } as const;

/**
 * Overloaded GSIs. Each entity maps its access patterns onto these; the
 * comments list which patterns use which index so a reader can see the load.
 */
export const globalIndexes = [
  // schools sorted by code; terms per school; records per school
  { indexName: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  // schools sorted by name; terms per school year; records per provider
  { indexName: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  // records by status or date (providers by status, contracts by end date, activities by contract)
  { indexName: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
  // district-wide lists of records that have no natural parent (all activities, all evaluations)
  { indexName: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
] as const;

export type GlobalIndexName = (typeof globalIndexes)[number]['indexName'];

/** Items with this attribute (epoch seconds) are removed by DynamoDB TTL (rate-limit windows, locks). */
export const timeToLiveAttribute = 'expiresAt';

/** Every key attribute is a string. */
export const keyAttributes: string[] = [primaryKey.partitionKey, primaryKey.sortKey, ...globalIndexes.flatMap((index) => [index.partitionKey, index.sortKey])];

/** The CreateTable request for the local engine; CDK builds the same shape from the same constants. */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' as const })),
    KeySchema: [
      { AttributeName: primaryKey.partitionKey, KeyType: 'HASH' as const },
      { AttributeName: primaryKey.sortKey, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: globalIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: 'HASH' as const },
        { AttributeName: index.sortKey, KeyType: 'RANGE' as const },
      ],
      Projection: { ProjectionType: 'ALL' as const },
    })),
  };
}

/**
 * The city of issue 18 point 5 and the prices the model uses: the only figures in the capacity model that are not
 * measured. Every per-request count (DynamoDB calls, items, write and read units, latency, partition keys) comes from
 * the run's own rows (see model.ts); change an assumption here and the README's table follows from the next run.
 */
export const city = {
  schools: 1000,
  children: 1_000_000,
  /**
   * The pickup hour, 17:00–18:00: every child's late-care roll call (taken for the measured group of 40), one SEGMENT
   * handover into late care and the RELEASE to a pickup person — everyone, as an upper bound.
   */
  pickupHour: { rollCallsPerChild: 1, segmentsPerChild: 1, releasesPerChild: 1 },
  /** The busiest minutes carry this multiple of the hour's average (pickups bunch around the 17:30 and 18:00 slots). */
  peakFactor: 3,
  /** A school day: roll calls of three segments (15:30, 16:30, 17:30), two SEGMENT handovers and one release a child. */
  perDay: { rollCallsPerChild: 3, segmentsPerChild: 2, releasesPerChild: 1 },
  serviceDaysPerMonth: 21,
  /** The alert job runs every 5 minutes from 14:00 to 19:55 (infra/lib/jobs/scheduledJobs.ts: careAlertsSchedule). */
  alertJobRunsPerDay: 72,
  alertJobIntervalSeconds: 300,
  /** The alert Lambda's timeout (scheduledJobs.ts: 4 minutes). */
  alertJobTimeoutSeconds: 240,
  /** infra/lib/api/graphqlApi.ts: the GraphQL function has 1 024 MB (arm64); KehouFunction's default, 512 MB, runs the job. */
  apiLambdaGb: 1,
  jobLambdaGb: 0.5,
  /** A region's default Lambda concurrency quota (raised on request). */
  lambdaConcurrencyQuota: 1000,
  /** DynamoDB's limit per partition; and the on-demand table's default throughput quota (per table, raised on request). */
  partitionWritesPerSecond: 1000,
  tableWriteQuota: 40_000,
  /** A new on-demand table serves up to 4 000 writes/s at once and doubles its previous peak within 30 minutes. */
  newTableWrites: 4000,
  /**
   * DynamoDB transaction latency on AWS assumed for the alert job's bound (not measurable against DynamoDB Local):
   * a TransactWriteItems of 3–4 small items typically takes 10–20 ms; the lower end gives the higher write rate.
   */
  awsTransactionSeconds: 0.01,
};

/**
 * On-demand list prices, per million (Lambda duration per GB-second). There is no internet on this machine: these are
 * the prices as I know them from the AWS price pages (us-east-1 as published in 2025, after DynamoDB on-demand's 50 %
 * cut of 1 November 2024), not fetched. cn-north-1 (Beijing, operated by Sinnet, CNY): Lambda as published for
 * Beijing; for API Gateway HTTP API and DynamoDB on-demand I know no Beijing price I can vouch for, so the model uses the
 * us-east-1 price × 7.2 CNY/USD there and marks it as a placeholder. Check both pages before quoting a figure.
 */
export const prices = {
  takenOn: '2025 (from memory; no internet here — verify on aws.amazon.com/pricing and amazonaws.cn/en/pricing)',
  regions: {
    'us-east-1': {
      currency: 'USD',
      lambdaRequests: 0.2,
      lambdaGbSecondArm: 0.0000133334,
      httpApiRequests: 1.0,
      dynamoWriteUnits: 0.625,
      dynamoReadUnits: 0.125,
      dynamoStorageGbMonth: 0.25,
      placeholders: [] as string[],
    },
    'cn-north-1': {
      currency: 'CNY',
      lambdaRequests: 1.36,
      // Beijing's x86 price ¥0.000113477 per GB-s; arm64 at AWS's usual 80 % of it.
      lambdaGbSecondArm: 0.0000907816,
      httpApiRequests: 1.0 * 7.2,
      dynamoWriteUnits: 0.625 * 7.2,
      dynamoReadUnits: 0.125 * 7.2,
      dynamoStorageGbMonth: 0.25 * 7.2,
      placeholders: ['httpApiRequests', 'dynamoWriteUnits', 'dynamoReadUnits', 'dynamoStorageGbMonth'],
    },
  },
};

export type Region = keyof typeof prices.regions;

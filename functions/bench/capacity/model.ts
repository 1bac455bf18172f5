import { SCHOOL_CONCURRENCY } from '../../src/care/alertJob';
import { BILL_WRITES_PER_SECOND } from '../../src/money/billRepository';
import type { WriteCounts } from '../commandCounter';
import type { Row } from '../report';
import { city, prices, type Region } from './city';

/** What a measured request costs, as its row's `data` holds it. */
interface Measured {
  row: string;
  p50: number;
  p99: number;
  calls: number;
  writes: WriteCounts;
  reads: { rru: number; bytes: number };
}

/** How many keys of a partition-key shape the city has: by the id kind it is masked with (commandCounter.ts). */
function keysInCity(shape: string, sessions: number): { keys: number; kind: string } {
  if (/<(aud|hnd|alr|ntf|bil|rcl|uuid)>/.test(shape)) return { keys: Number.POSITIVE_INFINITY, kind: 'one per record' };
  if (/<gdn>/.test(shape)) return { keys: city.children * 2, kind: 'guardian' };
  if (/<stu>/.test(shape)) return { keys: city.children, kind: 'child' };
  if (/<act>/.test(shape)) return { keys: sessions, kind: 'activity' };
  if (/<sch>/.test(shape)) return { keys: city.schools, kind: 'school' };
  return { keys: 1, kind: 'one key for the city' };
}

const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/**
 * The city capacity model (issue 18 point 5) from this run's own rows: the pickup hour's request and write rates, the
 * hottest partition key of each access pattern, Lambda concurrency, the alert job at city scale and the monthly cost.
 * Throws when a row it needs is missing (its phase failed): the model is never built from guesses.
 */
export function capacityModel(rows: Row[]) {
  const data = (key: string) => {
    const row = rows.find((item) => item.key === key);
    if (!row?.data) throw new Error(`the capacity model needs the measured row ${key}`);
    return row.data as Record<string, unknown>;
  };
  const measured = (key: string): Measured => {
    const d = data(key);
    return {
      row: key,
      p50: d.p50 as number,
      p99: d.p99 as number,
      calls: d.calls as number,
      writes: d.writes as WriteCounts,
      reads: d.reads as Measured['reads'],
    };
  };
  const rollCall = measured('care.rollCall.p50');
  const group = data('care.rollCall.p50').children as number;
  const segment = measured('care.handover.segment');
  const release = measured('care.handover.release');
  const bills = data('money.bills.first');
  const job = data('care.alertJob');

  // The pickup hour: how many of each request, and the busiest minutes' rate.
  const sessions = (city.children * city.pickupHour.rollCallsPerChild) / group;
  const hour = [
    { name: 'recordRollCall', measured: rollCall, perHour: sessions },
    { name: 'handover SEGMENT', measured: segment, perHour: city.children * city.pickupHour.segmentsPerChild },
    { name: 'handover RELEASE', measured: release, perHour: city.children * city.pickupHour.releasesPerChild },
  ].map((request) => ({ ...request, peakPerSecond: (request.perHour / 3600) * city.peakFactor }));
  const sum = (value: (request: (typeof hour)[number]) => number) => hour.reduce((total, request) => total + value(request), 0);
  const peak = {
    requestsPerSecond: round(sum((r) => r.peakPerSecond)),
    dynamoCallsPerSecond: round(sum((r) => r.peakPerSecond * r.measured.calls)),
    itemsWrittenPerSecond: round(sum((r) => r.peakPerSecond * r.measured.writes.items)),
    writeUnitsPerSecond: round(sum((r) => r.peakPerSecond * r.measured.writes.wcu)),
    readUnitsPerSecond: round(sum((r) => r.peakPerSecond * r.measured.reads.rru)),
    byRequest: hour.map((r) => ({
      request: r.name,
      row: r.measured.row,
      perHour: round(r.perHour),
      peakPerSecond: round(r.peakPerSecond, 1),
      calls: r.measured.calls,
      items: r.measured.writes.items,
      wcu: r.measured.writes.wcu,
      rru: r.measured.reads.rru,
      p50Millis: round(r.measured.p50, 1),
    })),
  };

  // Each partition-key shape the pickup hour writes: its rate spread over the city's keys of that kind.
  const shapes = new Map<string, { perSecond: number; maxPerRequest: number; requests: string[] }>();
  for (const r of hour)
    for (const [shape, written] of Object.entries(r.measured.writes.byPartition)) {
      const entry = shapes.get(shape) ?? { perSecond: 0, maxPerRequest: 0, requests: [] };
      entry.perSecond += r.peakPerSecond * written.writes;
      entry.maxPerRequest = Math.max(entry.maxPerRequest, written.maxPerKey);
      entry.requests.push(r.name);
      shapes.set(shape, entry);
    }
  const partitions = [...shapes].map(([shape, entry]) => {
    const { keys, kind } = keysInCity(shape, sessions);
    // A key written once per record (ids, idempotency keys) never sees more than one request's writes.
    const perKey = Number.isFinite(keys) ? entry.perSecond / keys : 0;
    return {
      shape,
      kind,
      keys: Number.isFinite(keys) ? keys : null,
      writesPerSecond: round(entry.perSecond),
      perKeyPerSecond: round(perKey, 3),
      requests: entry.requests,
    };
  });
  partitions.sort((a, b) => b.perKeyPerSecond - a.perKeyPerSecond);
  // Bursts on top of the hour's spread: a school's bill run (paced) on its gsi1 key, and the alert job on gsi4's one key.
  const schoolKey = partitions.find((p) => p.kind === 'school' && p.shape.startsWith('gsi1'));
  const raised = (job.first as { raised: { ROLL_CALL_MISSING: number } }).raised.ROLL_CALL_MISSING;
  const firstWrites = job.firstWrites as WriteCounts;
  const alertIndex = Object.entries(firstWrites.byPartition).find(([shape]) => keysInCity(shape, sessions).keys === 1);
  const bursts = {
    schoolGsi1WithBillRun: round((schoolKey?.perKeyPerSecond ?? 0) + BILL_WRITES_PER_SECOND, 1),
    alertsOneKey: {
      shape: alertIndex?.[0] ?? 'none',
      writesPerRaise: alertIndex ? alertIndex[1].writes / Math.max(1, raised) : 0,
      // At most SCHOOL_CONCURRENCY raises in flight, each one transaction.
      boundPerSecond: round((SCHOOL_CONCURRENCY / city.awsTransactionSeconds) * (alertIndex ? alertIndex[1].writes / Math.max(1, raised) : 0)),
    },
  };
  const hottest = Math.max(partitions[0]?.perKeyPerSecond ?? 0, bursts.schoolGsi1WithBillRun, bursts.alertsOneKey.boundPerSecond);

  // Lambda: concurrency = rate × time in the function (the service's measured latency, this machine's engine).
  const lambda = {
    concurrencyP50: round(
      sum((r) => r.peakPerSecond * (r.measured.p50 / 1000)),
      1,
    ),
    concurrencyP99: round(
      sum((r) => r.peakPerSecond * (r.measured.p99 / 1000)),
      1,
    ),
  };

  // The alert job at city scale, from its measured time and calls per school (checked SCHOOL_CONCURRENCY at a time).
  const schools = job.schools as number;
  const alertJob = {
    measuredSchools: schools,
    firstRunSeconds: round(((job.firstSeconds as number) / schools) * city.schools, 1),
    againSeconds: round(((job.secondSeconds as number) / schools) * city.schools, 1),
    againCallsPerRun: round(((job.secondCalls as number) / schools) * city.schools),
    againReadUnitsPerRun: round((((job.secondReads as { rru: number }).rru ?? 0) / schools) * city.schools),
  };

  // A month: every service day's requests, the bill run and the alert job's re-runs.
  const day = {
    rollCalls: (city.children * city.perDay.rollCallsPerChild) / group,
    segments: city.children * city.perDay.segmentsPerChild,
    releases: city.children * city.perDay.releasesPerChild,
  };
  const monthly = (n: number) => n * city.serviceDaysPerMonth;
  const perChildBill = {
    wcu: (bills.writes as WriteCounts).wcu / (bills.students as number),
    rru: (bills.reads as { rru: number }).rru / (bills.students as number),
    bytes: (bills.writes as WriteCounts).bytes / (bills.students as number),
  };
  const requests = [
    { count: monthly(day.rollCalls), m: rollCall },
    { count: monthly(day.segments), m: segment },
    { count: monthly(day.releases), m: release },
  ];
  const month = {
    apiRequests: round(requests.reduce((t, r) => t + r.count, 0) + city.schools),
    lambdaGbSeconds: round(
      requests.reduce((t, r) => t + r.count * (r.m.p50 / 1000) * city.apiLambdaGb, 0) + (city.schools * (bills.millis as number) * city.apiLambdaGb) / 1000,
    ),
    jobRuns: city.alertJobRunsPerDay * city.serviceDaysPerMonth,
    jobGbSeconds: round(city.alertJobRunsPerDay * city.serviceDaysPerMonth * alertJob.againSeconds * city.jobLambdaGb),
    writeUnits: round(requests.reduce((t, r) => t + r.count * r.m.writes.wcu, 0) + city.children * perChildBill.wcu),
    readUnits: round(
      requests.reduce((t, r) => t + r.count * r.m.reads.rru, 0) +
        city.children * perChildBill.rru +
        city.alertJobRunsPerDay * city.serviceDaysPerMonth * alertJob.againReadUnitsPerRun,
    ),
    storageGbAdded: round((requests.reduce((t, r) => t + r.count * r.m.writes.storedBytes, 0) + city.children * perChildBill.bytes) / 2 ** 30, 1),
  };
  const cost = Object.fromEntries(
    (Object.keys(prices.regions) as Region[]).map((region) => {
      const p = prices.regions[region];
      const items = {
        lambda: ((month.apiRequests + month.jobRuns) / 1e6) * p.lambdaRequests + (month.lambdaGbSeconds + month.jobGbSeconds) * p.lambdaGbSecondArm,
        httpApi: (month.apiRequests / 1e6) * p.httpApiRequests,
        dynamoWrites: (month.writeUnits / 1e6) * p.dynamoWriteUnits,
        dynamoReads: (month.readUnits / 1e6) * p.dynamoReadUnits,
        // The first month's new data; it adds up month after month until the retention job removes it.
        dynamoStorage: month.storageGbAdded * p.dynamoStorageGbMonth,
      };
      const total = Object.values(items).reduce((t, v) => t + v, 0);
      return [
        region,
        {
          currency: p.currency,
          total: round(total),
          ...Object.fromEntries(Object.entries(items).map(([k, v]) => [k, round(v)])),
          placeholders: p.placeholders,
        },
      ];
    }),
  ) as Record<Region, { currency: string; total: number; placeholders: string[] } & Record<string, unknown>>;

  return { city, prices, sessionsInPickupHour: round(sessions), peak, partitions, bursts, hottestKeyWritesPerSecond: hottest, lambda, alertJob, month, cost };
}

export type CapacityModel = ReturnType<typeof capacityModel>;

/** The model's headline figures as table rows (goals: DynamoDB's and Lambda's limits). */
export function capacityRows(model: CapacityModel): Row[] {
  const { peak, lambda, alertJob, cost, bursts } = model;
  const money = (region: Region) => `${cost[region].currency === 'USD' ? '$' : '¥'}${cost[region].total.toLocaleString('en-US')}`;
  return [
    {
      key: 'capacity.peakRequests',
      label: `city: peak requests/s, pickup hour (${city.schools} schools, ${city.children.toLocaleString('en-US')} children)`,
      result: `${peak.requestsPerSecond.toLocaleString('en-US')}/s`,
      goal: '—',
      explain: `${peak.byRequest.map((r) => `${r.request} ${r.peakPerSecond}/s`).join(', ')} (hour's count ÷ 3600 × ${city.peakFactor}); ${peak.dynamoCallsPerSecond.toLocaleString('en-US')} DynamoDB calls/s`,
      data: { ...peak },
    },
    {
      key: 'capacity.peakWrites',
      label: 'city: DynamoDB writes at the peak',
      result: `${peak.writeUnitsPerSecond.toLocaleString('en-US')} WCU/s · ${peak.itemsWrittenPerSecond.toLocaleString('en-US')} items/s`,
      goal: `≤ ${city.tableWriteQuota.toLocaleString('en-US')} WCU/s`,
      pass: peak.writeUnitsPerSecond <= city.tableWriteQuota,
      explain: `per request as measured (WCU: transactional 2 per KB, +1 per KB per GSI); ${peak.readUnitsPerSecond.toLocaleString('en-US')} RRU/s; above ${city.newTableWrites.toLocaleString('en-US')}/s a new on-demand table must be warmed first (warm throughput)`,
      metric: { value: peak.writeUnitsPerSecond, unit: 'WCU/s', better: 'lower' },
      data: { writeUnitsPerSecond: peak.writeUnitsPerSecond, itemsWrittenPerSecond: peak.itemsWrittenPerSecond, readUnitsPerSecond: peak.readUnitsPerSecond },
    },
    {
      key: 'capacity.hotPartition',
      label: 'city: hottest partition key, writes/s',
      result: `${model.hottestKeyWritesPerSecond.toLocaleString('en-US')}/s`,
      goal: `≤ ${city.partitionWritesPerSecond.toLocaleString('en-US')}/s`,
      pass: model.hottestKeyWritesPerSecond <= city.partitionWritesPerSecond,
      explain: `pickup hour: ${model.partitions[0]?.shape ?? '—'} ${model.partitions[0]?.perKeyPerSecond ?? 0}/s per key; a school's gsi1 key with a bill run ${bursts.schoolGsi1WithBillRun}/s; alerts on ${bursts.alertsOneKey.shape} ≤ ${bursts.alertsOneKey.boundPerSecond}/s`,
      metric: { value: model.hottestKeyWritesPerSecond, unit: '/s', better: 'lower' },
      data: { partitions: model.partitions, bursts },
    },
    {
      key: 'capacity.lambdaConcurrency',
      label: 'city: Lambda concurrency at the peak',
      result: `${lambda.concurrencyP50} (p50) · ${lambda.concurrencyP99} (p99)`,
      goal: `≤ ${city.lambdaConcurrencyQuota} (p99)`,
      pass: lambda.concurrencyP99 <= city.lambdaConcurrencyQuota,
      explain: 'requests/s × the service time measured here (in process against DynamoDB Local; the API layer adds a few ms per request)',
      metric: { value: lambda.concurrencyP99, unit: '', better: 'lower' },
      data: lambda,
    },
    {
      key: 'capacity.alertJob',
      label: `city: alert job re-run over ${city.schools} schools`,
      result: `${alertJob.againSeconds} s · ${alertJob.againCallsPerRun.toLocaleString('en-US')} calls`,
      goal: `< ${city.alertJobTimeoutSeconds} s`,
      pass: alertJob.againSeconds < city.alertJobTimeoutSeconds,
      explain: `the measured ${alertJob.measuredSchools}-school times × ${city.schools / alertJob.measuredSchools} on this machine; a first run raising every session's alert ${alertJob.firstRunSeconds} s`,
      metric: { value: alertJob.againSeconds, unit: 's', better: 'lower' },
      data: alertJob,
    },
    {
      key: 'capacity.monthlyCost',
      label: 'city: monthly AWS cost (Lambda, HTTP API, DynamoDB)',
      result: `${money('us-east-1')} · ${money('cn-north-1')}`,
      goal: '—',
      explain: `us-east-1 · cn-north-1 list prices of ${prices.takenOn.slice(0, 4)} from memory (cn-north-1 API Gateway and DynamoDB are placeholders); ${model.month.apiRequests.toLocaleString('en-US')} requests, ${model.month.writeUnits.toLocaleString('en-US')} WCU a month`,
      metric: { value: cost['us-east-1'].total, unit: 'USD', better: 'lower' },
      data: { month: model.month, cost },
    },
  ];
}

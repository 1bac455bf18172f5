import type { AlertRecord } from '../care/alertEntity';
import type { CareLogRecord } from '../care/careLogEntity';
import type { DutyRotaRecord } from '../care/dutyRotaEntity';
import type { LeaveRequestRecord } from '../care/leaveEntity';
import type { AuthorizedPickupRecord, HandoverRecord } from '../care/pickupEntity';
import type { RollCallRecord } from '../care/rollCallEntity';
import type { RecordPolicy } from './policies';

type CarePolicies = typeof import('./carePolicies');
let loading: Promise<CarePolicies> | undefined;
const load = () =>
  (loading ??= import('./carePolicies').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));

/**
 * The daily-care policies (carePolicies.ts), loaded on the first check of a care record: a cold start that reads no
 * care record does not load their code (the Lambda's cold-start budget, infra/test/bundleSize.test.ts).
 */
function lazy<R>(pick: (module: CarePolicies) => RecordPolicy<R>): RecordPolicy<R> {
  return {
    level: async (context, record) => pick(await load()).level(context, record),
    limited: async (context, record) => {
      const policy = pick(await load());
      return policy.limited ? policy.limited(context, record) : record;
    },
  };
}

export const rollCallPolicy = lazy<RollCallRecord>((m) => m.rollCallPolicy);
export const leaveRequestPolicy = lazy<LeaveRequestRecord>((m) => m.leaveRequestPolicy);
export const handoverPolicy = lazy<HandoverRecord>((m) => m.handoverPolicy);
export const authorizedPickupPolicy = lazy<AuthorizedPickupRecord>((m) => m.authorizedPickupPolicy);
export const alertPolicy = lazy<AlertRecord>((m) => m.alertPolicy);
export const careLogPolicy = lazy<CareLogRecord>((m) => m.careLogPolicy);
export const dutyRotaPolicy = lazy<DutyRotaRecord>((m) => m.dutyRotaPolicy);

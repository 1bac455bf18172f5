import type { RollCallRepository } from '../care/rollCallRepository';
import type { AsyncMethods } from '../server/peopleServices';

/** One session actually held (据实): an activity on a date with a recorded roll call. */
export interface HeldSession {
  activityId: string;
  date: string;
  schoolId: string;
  /** The school staff member in charge when the roll call was taken. */
  staffId?: string;
  /** The person in charge's name on the activity when the roll call was taken (absent on roll calls stored before). */
  staffName?: string;
  /** The provider running the activity when the roll call was taken. */
  providerId?: string;
  /** The contract it ran under when the roll call was taken (absent on roll calls stored before: the activity's now). */
  contractId?: string;
  /** The session's length in minutes. */
  minutes: number;
}

/** Where stipends and provider statements learn which sessions were held: the roll calls (issue 13). */
export interface SessionsHeld {
  /** The school's sessions with a roll call in a month `YYYY-MM` (one Query, paged). */
  ofSchoolMonth(schoolId: string, month: string): Promise<HeldSession[]>;
}

export function sessionsFromRollCalls(rollCalls: AsyncMethods<RollCallRepository>): SessionsHeld {
  return {
    async ofSchoolMonth(schoolId, month) {
      const records = await rollCalls.ofSchool(schoolId, `${month}-01`, `${month}-31`);
      return records.map((record) => ({
        activityId: record.activityId,
        date: record.date,
        schoolId: record.schoolId,
        staffId: record.staffId ?? undefined,
        staffName: record.staffName ?? undefined,
        providerId: record.providerId ?? undefined,
        contractId: record.contractId ?? undefined,
        minutes: record.minutes,
      }));
    },
  };
}

import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRecord } from '../activities/activityEntity';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { CalendarService } from '../calendar/calendarService';
import type { Db } from '../db/client';
import type { StaffRepository } from '../people/staffRepository';
import type { RosterRepository } from '../rosters/rosterRepository';
import type { LeaveRepository } from './leaveRepository';
import type { RollCallRecord } from './rollCallEntity';
import { createRollCallRecording } from './rollCallRecording';
import type { RollCallRepository } from './rollCallRepository';
import { createRollCallSessions } from './rollCallSessions';

export { MAX_MARKS, idempotencyKey, type RollCallInput } from './rollCallRecording';
export type { RollCallDraft } from './rollCallSessions';

export interface RollCallDeps {
  rollCalls: RollCallRepository;
  leaves: LeaveRepository;
  activities: ActivityRepository;
  rosters: RosterRepository;
  staff: StaffRepository;
  audit: AuditRepository;
  access: RecordAccess;
  calendar: CalendarService;
  /** The table: a roll call's first reads go in one BatchGetItem across entities (`rollCallReads.ts`). */
  db: Db;
  /** Run after a roll call is recorded (e.g. the ABSENT_WITHOUT_LEAVE alerts); failures there never undo it. */
  onRecorded?: ((rollCall: RollCallRecord, activity: ActivityRecord) => Promise<unknown>)[];
  now?: () => Date;
}

/**
 * Roll call (点名): the reads a phone page starts from (`rollCallSessions.ts`: a recorded roll call, a session's
 * draft, the viewer's sessions of a day) and the record/correct write path (`rollCallRecording.ts`).
 */
export function createRollCallService(deps: RollCallDeps) {
  return { ...createRollCallSessions(deps), ...createRollCallRecording(deps) };
}

export type RollCallService = ReturnType<typeof createRollCallService>;

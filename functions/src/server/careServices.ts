import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { CalendarService } from '../calendar/calendarService';
import { createLeaveRepository } from '../care/leaveRepository';
import { createRollCallRepository } from '../care/rollCallRepository';
import { lazyService } from './lazyService';
import type { Db } from '../db/client';
import type { StaffRepository } from '../people/staffRepository';
import type { RosterRepository } from '../rosters/rosterRepository';
import { lazyObject } from './lazyObject';

/** The repositories of daily care (roll calls, leave). */
export const careRepositories = (db: Db) => ({
  rollCalls: lazyObject(() => createRollCallRepository(db)),
  leaves: lazyObject(() => createLeaveRepository(db)),
});

type CareRepositories = ReturnType<typeof careRepositories>;

export interface CareDeps extends CareRepositories {
  db: Db;
  activities: ActivityRepository;
  rosters: RosterRepository;
  staff: StaffRepository;
  audit: AuditRepository;
  access: RecordAccess;
  calendar: CalendarService;
}

/** The services of daily care (SPEC §3.7), composed once per process (see services.ts). */
export function createCareServices(deps: CareDeps) {
  // Loaded on first call (lazyService), like the other domains: a cold start carries none of roll call's code.
  const rollCalls = lazyService(async () => (await import('../care/rollCallService')).createRollCallService(deps));
  return { rollCalls };
}

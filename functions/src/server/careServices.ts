import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { CalendarService } from '../calendar/calendarService';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import { createAlertJob } from '../care/alertJob';
import { createAlertRepository } from '../care/alertRepository';
import { createAlertService, type SmsSender } from '../care/alertService';
import { createCareLogRepository } from '../care/careLogRepository';
import { createCareLogService } from '../care/careLogService';
import { createLeaveRepository } from '../care/leaveRepository';
import { createLeaveService } from '../care/leaveService';
import { createPickupRepository } from '../care/pickupRepository';
import { createPickupService } from '../care/pickupService';
import { createRollCallRepository } from '../care/rollCallRepository';
import { createRollCallService } from '../care/rollCallService';
import type { Db } from '../db/client';
import type { ApplicationRepository } from '../enrolment/applicationRepository';
import type { GuardianRepository } from '../guardians/guardianRepository';
import type { ClassRepository } from '../people/classRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { StudentRepository } from '../people/studentRepository';
import type { RosterRepository } from '../rosters/rosterRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { lazyObject } from './lazyObject';

/** The repositories of daily care (roll calls, leave, pickups and handovers, alerts and notifications, care logs). */
export const careRepositories = (db: Db) => ({
  rollCalls: lazyObject(() => createRollCallRepository(db)),
  leaves: lazyObject(() => createLeaveRepository(db)),
  pickups: lazyObject(() => createPickupRepository(db)),
  alerts: lazyObject(() => createAlertRepository(db)),
  careLogs: lazyObject(() => createCareLogRepository(db)),
});

type CareRepositories = ReturnType<typeof careRepositories>;

export interface CareDeps extends CareRepositories {
  db: Db;
  schools: SchoolRepository;
  terms: TermRepository;
  activities: ActivityRepository;
  applications: ApplicationRepository;
  rosters: RosterRepository;
  staff: StaffRepository;
  students: StudentRepository;
  classes: ClassRepository;
  guardians: GuardianRepository;
  audit: AuditRepository;
  access: RecordAccess;
  calendar: CalendarService;
  complianceMarks: ComplianceMarks;
  /** Deployed with an SMS sender (SNS), notifications are also sent as text messages; none locally. */
  sms?: SmsSender;
}

/** The services of daily care (SPEC §3.7), composed once per process (see services.ts). */
export function createCareServices(deps: CareDeps) {
  const alertService = createAlertService(deps);
  const rollCalls = createRollCallService({ ...deps, onRecorded: [(rollCall, activity) => alertService.absentWithoutLeave(rollCall, activity)] });
  return {
    rollCalls,
    alertService,
    leaveRequests: createLeaveService({ ...deps, alertService }),
    pickups: createPickupService({ ...deps, alertService }),
    careLogs: createCareLogService(deps),
    alertJob: createAlertJob({ ...deps, alertService }),
  };
}

import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import type { CalendarService } from '../calendar/calendarService';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { PolicyService } from '../policy/policyService';
import { createAlertJob } from '../care/alertJob';
import { createAlertService, type SmsSender } from '../care/alertService';
import { createCareBoardService } from '../care/careBoardService';
import { createCareLogService } from '../care/careLogService';
import { createDutyRotaService } from '../care/dutyRotaService';
import { createLeaveService } from '../care/leaveService';
import { createPickupService } from '../care/pickupService';
import { createRollCallService } from '../care/rollCallService';
import { smsSenderFromEnv } from '../care/snsSmsSender';
import type { Db } from '../db/client';
import type { ApplicationRepository } from '../enrolment/applicationRepository';
import type { GuardianRepository } from '../guardians/guardianRepository';
import type { ClassRepository } from '../people/classRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { StudentRepository } from '../people/studentRepository';
import type { RosterRepository } from '../rosters/rosterRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import type { CareRepositories } from './careServices';

export interface CareShared extends CareRepositories {
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
  /** The district policy (the duty rota names its service days only). */
  policy: PolicyService;
  /** Deployed with an SMS sender (SNS), notifications are also sent as text messages; none locally. */
  sms?: SmsSender;
}

/** The services of daily care (SPEC §3.7), built together on first use (see careServices.ts). */
export function buildCareServices(given: CareShared) {
  // The deployment's sender (SNS when the CDK app configured one) unless the caller brought its own.
  const deps: CareShared = { ...given, sms: given.sms ?? smsSenderFromEnv() };
  const alertService = createAlertService(deps);
  const rollCalls = createRollCallService({ ...deps, onRecorded: [(rollCall, activity) => alertService.absentWithoutLeave(rollCall, activity)] });
  return {
    rollCalls,
    alertService,
    leaveRequests: createLeaveService({ ...deps, alertService }),
    pickups: createPickupService({ ...deps, alertService }),
    careLogs: createCareLogService(deps),
    dutyRotas: createDutyRotaService(deps),
    alertJob: createAlertJob({ ...deps, alertService }),
    careBoard: createCareBoardService(deps),
  };
}

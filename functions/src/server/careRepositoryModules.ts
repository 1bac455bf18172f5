import { createAlertRepository } from '../care/alertRepository';
import { createCareLogRepository } from '../care/careLogRepository';
import { createDutyRotaRepository } from '../care/dutyRotaRepository';
import { createLeaveRepository } from '../care/leaveRepository';
import { createPickupRepository } from '../care/pickupRepository';
import { createRollCallRepository } from '../care/rollCallRepository';
import type { Db } from '../db/client';

/** The daily-care repositories, built together: this module is loaded on first use (see careServices.ts). */
export function createCareRepositories(db: Db) {
  return {
    rollCalls: createRollCallRepository(db),
    leaves: createLeaveRepository(db),
    pickups: createPickupRepository(db),
    alerts: createAlertRepository(db),
    careLogs: createCareLogRepository(db),
    dutyRotas: createDutyRotaRepository(db),
  };
}

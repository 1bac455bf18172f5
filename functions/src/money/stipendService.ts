import * as z from 'zod';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import { requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput, invalidTransition, notFound, versionConflict } from '../core/errors';
import { parseInput, text } from '../core/validation';
import type { StaffRepository } from '../people/staffRepository';
import type { PolicyService } from '../policy/policyService';
import { monthString } from './months';
import { toFen } from './fees';
import type { HeldSession, SessionsHeld } from './sessionsHeld';
import { parseStipendSheetId, stipendSheetIdOf, type StipendAdjustment, type StipendSheetRecord, type StipendSheetView } from './stipendEntity';
import type { StipendRepository } from './stipendRepository';
import { sheetTotalFen, stipendRows } from './stipends';
import { adjustmentFields, adjustmentLine } from './adjustments';
import { parseAdjustmentNodeId } from './adjustmentIds';
import { param, summary } from '../audit/auditSummaries';

export interface StipendDeps {
  stipendSheets: StipendRepository;
  sessionsHeld: SessionsHeld;
  activities: ActivityRepository;
  staff: StaffRepository;
  policy: PolicyService;
  audit: AuditRepository;
}

const adjustmentSchema = z.object({ ...adjustmentFields, staffName: text(40).optional() });

/**
 * Stipend sheets (课时补助, SPEC §3.8), paid on sessions actually held: DRAFT while computed
 * from the roll calls, CONFIRMED (locked, stored) by the school; afterwards only adjustment lines are added.
 */
export function createStipendService(deps: StipendDeps) {
  const { stipendSheets, sessionsHeld, activities, staff, policy, audit } = deps;

  /** The person in charge's name per session: the staff record, else the name on the activity. */
  async function namer(sessions: HeldSession[]) {
    const activityIds = [...new Set(sessions.map((session) => session.activityId))];
    const staffIds = [...new Set(sessions.map((session) => session.staffId).filter((id): id is string => Boolean(id)))];
    const [activityList, staffList] = await Promise.all([activities.getMany(activityIds), staff.getMany(staffIds)]);
    const activityNames = new Map(activityList.filter((a) => a !== undefined).map((a) => [a!.id, a!.staffName ?? '']));
    const staffNames = new Map(staffList.filter((m) => m !== undefined).map((m) => [m!.id, m!.name]));
    // Staff by their current name; anyone else by the name the roll call recorded (the activity's now, for older ones).
    return (session: HeldSession) =>
      (session.staffId && staffNames.get(session.staffId)) || session.staffName || activityNames.get(session.activityId) || '（未填写负责人）';
  }

  async function draft(schoolId: string, month: string): Promise<StipendSheetView> {
    const [sessions, current] = await Promise.all([sessionsHeld.ofSchoolMonth(schoolId, month), policy.current()]);
    const rateFen = toFen(current.teacherRatePerHour);
    const now = nowIso();
    return {
      id: stipendSheetIdOf(schoolId, month),
      version: 0,
      schoolId,
      month,
      status: 'DRAFT',
      rateFen,
      rows: stipendRows(sessions, rateFen, await namer(sessions)),
      adjustments: [],
      createdAt: now,
      updatedAt: now,
    };
  }

  async function sheetOf(schoolId: string, month: string): Promise<StipendSheetView> {
    return (await stipendSheets.get(stipendSheetIdOf(schoolId, month))) ?? draft(schoolId, month);
  }

  function target(id: string) {
    const parsed = parseStipendSheetId(id);
    if (!parsed) throw notFound('StipendSheet', id);
    return parsed;
  }

  return {
    sheetOf,

    /** The sheet of a school's month (DISTRICT_ADMIN, or that school's admin): confirmed if it is, else the draft now. */
    async sheet(viewer: Viewer | null, schoolId: string, month: string): Promise<StipendSheetView> {
      requireSchoolAccess(viewer, schoolId);
      parseInput(z.object({ month: monthString }), { month });
      return sheetOf(schoolId, month);
    },

    /** The sheet by id (node): same access as `sheet`. */
    async get(viewer: Viewer | null, id: string): Promise<StipendSheetView> {
      const { schoolId, month } = target(id);
      requireSchoolAccess(viewer, schoolId);
      return sheetOf(schoolId, month);
    },

    /** One correction line by its global id (node): whoever may read its sheet. */
    async adjustment(viewer: Viewer | null, id: string): Promise<StipendAdjustment> {
      const key = parseAdjustmentNodeId('StipendAdjustment', id);
      const sheetKey = key && parseStipendSheetId(key.sheetId);
      if (!key || !sheetKey) throw notFound('StipendAdjustment', id);
      requireSchoolAccess(viewer, sheetKey.schoolId);
      const line = (await stipendSheets.get(key.sheetId))?.adjustments.find((candidate) => candidate.id === key.lineId);
      if (!line) throw notFound('StipendAdjustment', id);
      return { ...line, id };
    },

    /** Confirms (locks) the month's sheet as computed now; a month not yet over cannot be confirmed. */
    async confirm(viewer: Viewer | null, id: string, expectedVersion?: number | null): Promise<StipendSheetView> {
      const { schoolId, month } = target(id);
      const signedIn = requireSchoolAccess(viewer, schoolId);
      if (await stipendSheets.get(id)) throw invalidTransition('The stipend sheet is CONFIRMED already: add an adjustment line instead');
      if (expectedVersion != null && expectedVersion !== 0) throw versionConflict('StipendSheet', id, expectedVersion, 0);
      const computed = await draft(schoolId, month);
      const now = nowIso();
      const record: StipendSheetRecord = {
        ...computed,
        status: 'CONFIRMED',
        version: 1,
        confirmedAt: now,
        confirmedBy: signedIn.sub,
        createdAt: now,
        updatedAt: now,
      };
      await stipendSheets.confirm(record, [
        audit.entry({
          viewer: signedIn,
          action: 'CONFIRM_STIPENDS',
          entityType: 'StipendSheet',
          entityId: id,
          summary: summary('stipends.confirmed', {
            month: param.text(month),
            people: param.number(record.rows.length),
            amount: param.yuan(sheetTotalFen(record)),
          }),
        }),
      ]);
      return record;
    },

    /** Adds a correction line to a CONFIRMED sheet (the rows stay as confirmed). */
    async adjust(
      viewer: Viewer | null,
      id: string,
      input: { staffId?: string | null; staffName?: string | null; amount: number; reason: string },
      expectedVersion?: number | null,
    ): Promise<StipendSheetView> {
      const { schoolId } = target(id);
      const signedIn = requireSchoolAccess(viewer, schoolId);
      const values = parseInput(adjustmentSchema, { amount: input.amount, reason: input.reason, staffName: input.staffName ?? undefined });
      const previous = await stipendSheets.get(id);
      if (!previous) throw invalidTransition('The stipend sheet is a DRAFT: it follows the roll calls until confirmed, so it takes no adjustment');
      if (expectedVersion != null && expectedVersion !== previous.version) throw versionConflict('StipendSheet', id, expectedVersion, previous.version);
      let staffName = values.staffName;
      if (input.staffId) {
        const member = await staff.get(input.staffId);
        if (!member || member.schoolId !== schoolId) throw badInput('staffId', 'staffId must be a staff member of the school');
        staffName = member.name;
      }
      if (!staffName) throw badInput('staffName', 'Give staffId, or staffName for someone outside the staff list');
      const line = { ...adjustmentLine(values, signedIn.sub), staffId: input.staffId ?? undefined, staffName };
      const next: StipendSheetRecord = { ...previous, adjustments: [...previous.adjustments, line], version: previous.version + 1, updatedAt: line.createdAt };
      return stipendSheets.adjust(previous, next, [
        audit.entry({
          viewer: signedIn,
          action: 'ADJUST_STIPENDS',
          entityType: 'StipendSheet',
          entityId: id,
          summary: summary('stipends.adjusted', {
            staff: param.text(staffName),
            amount: param.yuan(Math.round(values.amount * 100)),
            reason: param.text(values.reason),
          }),
        }),
      ]);
    },
  };
}

export type StipendService = ReturnType<typeof createStipendService>;

import * as z from 'zod';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import { requireRole, requireSchoolAccess } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound, versionConflict } from '../core/errors';
import { randomToken } from '../core/ids';
import { parseInput, text } from '../core/validation';
import { allRecords } from '../db/allRecords';
import type { ContractRepository } from '../contracts/contractRepository';
import type { StaffRepository } from '../people/staffRepository';
import type { PolicyService } from '../policy/policyService';
import type { RecordAccess } from '../access/recordAccess';
import type { ProviderRepository } from '../providers/providerRepository';
import { monthString } from './billService';
import { sumFen, toFen } from './fees';
import type { HeldSession, SessionsHeld } from './sessionsHeld';
import { parseStipendSheetId, stipendSheetIdOf, type StipendSheetRecord, type StipendSheetView } from './stipendEntity';
import type { StipendRepository } from './stipendRepository';
import { sheetTotalFen, statementLines, stipendRows, type StatementLine } from './stipends';
import { param, summary } from '../audit/auditSummaries';

export interface StipendDeps {
  stipendSheets: StipendRepository;
  sessionsHeld: SessionsHeld;
  activities: ActivityRepository;
  staff: StaffRepository;
  contracts: ContractRepository;
  policy: PolicyService;
  audit: AuditRepository;
  providers: ProviderRepository;
  access: RecordAccess;
}

/** A provider's statement of a month: one line per contract, at its rate, for the sessions held. */
export interface ProviderStatementView {
  providerId: string;
  month: string;
  lines: StatementLine[];
  totalFen: number;
}

const adjustmentSchema = z.object({
  amount: z
    .number()
    .min(-1_000_000, 'is too small')
    .max(1_000_000, 'is too large')
    .refine((value) => value !== 0, 'must not be 0')
    .refine((value) => Math.round(value * 100) === value * 100, 'takes at most two decimals (yuan and fen)'),
  reason: text(300),
  staffName: text(40).optional(),
});

/**
 * Stipend sheets (课时补助, SPEC §3.8) and provider statements, paid on sessions actually held: DRAFT while computed
 * from the roll calls, CONFIRMED (locked, stored) by the school; afterwards only adjustment lines are added.
 */
export function createStipendService(deps: StipendDeps) {
  const { stipendSheets, sessionsHeld, activities, staff, contracts, policy, audit } = deps;

  /** The person in charge's name per session: the staff record, else the name on the activity. */
  async function namer(sessions: HeldSession[]) {
    const activityIds = [...new Set(sessions.map((session) => session.activityId))];
    const staffIds = [...new Set(sessions.map((session) => session.staffId).filter((id): id is string => Boolean(id)))];
    const [activityList, staffList] = await Promise.all([activities.getMany(activityIds), staff.getMany(staffIds)]);
    const activityNames = new Map(activityList.filter((a) => a !== undefined).map((a) => [a!.id, a!.staffName ?? '']));
    const staffNames = new Map(staffList.filter((m) => m !== undefined).map((m) => [m!.id, m!.name]));
    return (session: HeldSession) => (session.staffId && staffNames.get(session.staffId)) || activityNames.get(session.activityId) || '（未填写负责人）';
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
      const now = nowIso();
      const line = {
        id: `adj_${randomToken(10)}`,
        staffId: input.staffId ?? undefined,
        staffName,
        amountFen: toFen(values.amount),
        reason: values.reason,
        createdAt: now,
        createdBy: signedIn.sub,
      };
      const next: StipendSheetRecord = { ...previous, adjustments: [...previous.adjustments, line], version: previous.version + 1, updatedAt: now };
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

    /**
     * A provider's statement of a month (对账单): the district and the provider read all of it; a school admin only
     * their school's lines. Each line is the provider's held sessions under one contract × hours × its rate.
     */
    async providerStatement(viewer: Viewer | null, providerId: string, month: string): Promise<ProviderStatementView> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'PROVIDER', 'SCHOOL_ADMIN');
      if (signedIn.role === 'PROVIDER' && signedIn.providerId !== providerId) throw forbidden('A provider reads its own statements only');
      parseInput(z.object({ month: monthString }), { month });
      // A school admin learns of a provider only as the provider policy allows (approved, or serving the school).
      const provider = await deps.providers.get(providerId);
      if (!provider) throw notFound('Provider', providerId);
      await deps.access.require(signedIn, 'Provider', provider);
      const held = await allRecords((after) => contracts.list({ providerId, first: 100, after }));
      const contractsById = new Map(held.filter((c) => c.providerId === providerId).map((c) => [c.id, c]));
      const schoolIds = [...new Set([...contractsById.values()].map((c) => c.schoolId))].filter(
        (id) => signedIn.role !== 'SCHOOL_ADMIN' || id === signedIn.schoolId,
      );
      const sessions = (await Promise.all(schoolIds.map((schoolId) => sessionsHeld.ofSchoolMonth(schoolId, month))))
        .flat()
        .filter((s) => s.providerId === providerId);
      const activityList = await activities.getMany([...new Set(sessions.map((s) => s.activityId))]);
      const contractOfActivity = new Map(activityList.filter((a) => a !== undefined).map((a) => [a!.id, a!.contractId]));
      const lines = statementLines(sessions, (session) => {
        const contract = contractsById.get(contractOfActivity.get(session.activityId) ?? '');
        return contract ? { id: contract.id, schoolId: contract.schoolId, rateFen: toFen(contract.ratePerHour) } : undefined;
      });
      return { providerId, month, lines, totalFen: sumFen(lines.map((line) => line.amountFen)) };
    },
  };
}

export type StipendService = ReturnType<typeof createStipendService>;

import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { ActivityRepository } from '../activities/activityRepository';
import type { AuditRepository } from '../audit/auditRepository';
import { param, summary } from '../audit/auditSummaries';
import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound, versionConflict } from '../core/errors';
import { parseInput } from '../core/validation';
import type { ContractRepository } from '../contracts/contractRepository';
import { allRecords } from '../db/allRecords';
import type { ProviderRepository } from '../providers/providerRepository';
import { adjustmentFields, adjustmentLine } from './adjustments';
import { parseAdjustmentNodeId } from './adjustmentIds';
import { monthString } from './months';
import { toFen } from './fees';
import {
  parseProviderStatementId,
  providerStatementIdOf,
  type ProviderStatementAdjustment,
  type ProviderStatementRecord,
  type ProviderStatementView,
} from './providerStatementEntity';
import type { ProviderStatementRepository } from './providerStatementRepository';
import type { SessionsHeld } from './sessionsHeld';
import { statementLines, statementTotalFen } from './stipends';

export interface ProviderStatementDeps {
  providerStatements: ProviderStatementRepository;
  sessionsHeld: SessionsHeld;
  activities: ActivityRepository;
  contracts: ContractRepository;
  providers: ProviderRepository;
  audit: AuditRepository;
  access: RecordAccess;
}

/**
 * Provider statements (机构对账单, SPEC §3.8): a provider's sessions held in a month, at each contract's rate, on the
 * stipends' basis (据实). DRAFT while computed from the roll calls; CONFIRMED (locked, stored) by the district, which
 * pays across schools; afterwards a correction is an adjustment line on one of the provider's contracts, never an edit.
 * Readers: the district and the provider all of it; a school admin their school's lines and adjustments only.
 */
export function createProviderStatementService(deps: ProviderStatementDeps) {
  const { providerStatements, sessionsHeld, activities, contracts, providers, audit, access } = deps;

  const providerContracts = async (providerId: string) =>
    (await allRecords((after) => contracts.list({ providerId, first: 100, after }))).filter((c) => c.providerId === providerId);

  /** Every line of the month, all the provider's schools (a school admin's view is cut from it by `visibleTo`). */
  async function draft(providerId: string, month: string): Promise<ProviderStatementView> {
    const contractsById = new Map((await providerContracts(providerId)).map((c) => [c.id, c]));
    const schoolIds = [...new Set([...contractsById.values()].map((c) => c.schoolId))];
    const sessions = (await Promise.all(schoolIds.map((schoolId) => sessionsHeld.ofSchoolMonth(schoolId, month))))
      .flat()
      .filter((s) => s.providerId === providerId);
    const activityList = await activities.getMany([...new Set(sessions.map((s) => s.activityId))]);
    const contractOfActivity = new Map(activityList.filter((a) => a !== undefined).map((a) => [a!.id, a!.contractId]));
    const lines = statementLines(sessions, (session) => {
      const contract = contractsById.get(session.contractId ?? contractOfActivity.get(session.activityId) ?? '');
      return contract ? { id: contract.id, schoolId: contract.schoolId, rateFen: toFen(contract.ratePerHour) } : undefined;
    });
    const now = nowIso();
    return {
      id: providerStatementIdOf(providerId, month),
      version: 0,
      providerId,
      month,
      status: 'DRAFT',
      lines,
      adjustments: [],
      createdAt: now,
      updatedAt: now,
    };
  }

  const statementOf = async (providerId: string, month: string): Promise<ProviderStatementView> =>
    (await providerStatements.get(providerStatementIdOf(providerId, month))) ?? draft(providerId, month);

  /** The district, the provider itself, or a school admin to whom the provider policy shows the provider. */
  async function reader(viewer: Viewer | null, providerId: string): Promise<Viewer> {
    const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'PROVIDER', 'SCHOOL_ADMIN');
    if (signedIn.role === 'PROVIDER' && signedIn.providerId !== providerId) throw forbidden('A provider reads its own statements only');
    const provider = await providers.get(providerId);
    if (!provider) throw notFound('Provider', providerId);
    await access.require(signedIn, 'Provider', provider);
    return signedIn;
  }

  /** A school admin sees only their school's lines and corrections (and their sum). */
  function visibleTo(viewer: Viewer, statement: ProviderStatementView): ProviderStatementView {
    if (viewer.role !== 'SCHOOL_ADMIN') return statement;
    const mine = <T extends { schoolId: string }>(items: readonly T[]) => items.filter((item) => item.schoolId === viewer.schoolId);
    return { ...statement, lines: mine(statement.lines), adjustments: mine(statement.adjustments) };
  }

  function target(id: string) {
    const parsed = parseProviderStatementId(id);
    if (!parsed) throw notFound('ProviderStatement', id);
    return parsed;
  }

  async function providerName(providerId: string) {
    return (await providers.get(providerId))?.name ?? providerId;
  }

  return {
    /** A provider's statement of a month: confirmed if it is, else the draft now. */
    async statement(viewer: Viewer | null, providerId: string, month: string): Promise<ProviderStatementView> {
      const signedIn = await reader(viewer, providerId);
      parseInput(z.object({ month: monthString }), { month });
      return visibleTo(signedIn, await statementOf(providerId, month));
    },

    /** The statement by id (node): same access as `statement`. */
    async get(viewer: Viewer | null, id: string): Promise<ProviderStatementView> {
      const { providerId, month } = target(id);
      return visibleTo(await reader(viewer, providerId), await statementOf(providerId, month));
    },

    /**
     * One correction line by its global id (node): whoever may read the statement, a school admin only a line of their
     * own school (FORBIDDEN for another school's, as `providerStatement` leaves it out).
     */
    async adjustment(viewer: Viewer | null, id: string): Promise<ProviderStatementAdjustment> {
      const key = parseAdjustmentNodeId('ProviderStatementAdjustment', id);
      const statementKey = key && parseProviderStatementId(key.sheetId);
      if (!key || !statementKey) throw notFound('ProviderStatementAdjustment', id);
      const signedIn = await reader(viewer, statementKey.providerId);
      const line = (await providerStatements.get(key.sheetId))?.adjustments.find((candidate) => candidate.id === key.lineId);
      if (!line) throw notFound('ProviderStatementAdjustment', id);
      // visibleTo's rule, for one line.
      if (signedIn.role === 'SCHOOL_ADMIN' && line.schoolId !== signedIn.schoolId)
        throw forbidden('You may read your own school’s corrections of a provider statement only');
      return { ...line, id };
    },

    /** Confirms (locks) the month's statement as computed now (DISTRICT_ADMIN). */
    async confirm(viewer: Viewer | null, id: string, expectedVersion?: number | null): Promise<ProviderStatementView> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const { providerId, month } = target(id);
      if (!(await providers.get(providerId))) throw notFound('Provider', providerId);
      if (await providerStatements.get(id)) throw invalidTransition('The provider statement is CONFIRMED already: add an adjustment line instead');
      if (expectedVersion != null && expectedVersion !== 0) throw versionConflict('ProviderStatement', id, expectedVersion, 0);
      const computed = await draft(providerId, month);
      const now = nowIso();
      const record: ProviderStatementRecord = { ...computed, status: 'CONFIRMED', version: 1, confirmedAt: now, confirmedBy: signedIn.sub };
      return providerStatements.confirm(record, [
        audit.entry({
          viewer: signedIn,
          action: 'CONFIRM_PROVIDER_STATEMENT',
          entityType: 'ProviderStatement',
          entityId: id,
          summary: summary('providerStatement.confirmed', {
            provider: param.ref(providerId, await providerName(providerId)),
            month: param.text(month),
            lines: param.number(record.lines.length),
            amount: param.yuan(statementTotalFen(record)),
          }),
        }),
      ]);
    },

    /** Adds a correction line, on one of the provider's contracts, to a CONFIRMED statement (DISTRICT_ADMIN). */
    async adjust(
      viewer: Viewer | null,
      id: string,
      input: { contractId: string; amount: number; reason: string },
      expectedVersion?: number | null,
    ): Promise<ProviderStatementView> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const { providerId } = target(id);
      const values = parseInput(z.object(adjustmentFields), { amount: input.amount, reason: input.reason });
      const previous = await providerStatements.get(id);
      if (!previous) throw invalidTransition('The provider statement is a DRAFT: it follows the roll calls until confirmed, so it takes no adjustment');
      if (expectedVersion != null && expectedVersion !== previous.version) throw versionConflict('ProviderStatement', id, expectedVersion, previous.version);
      const contract = await contracts.get(input.contractId);
      if (!contract || contract.providerId !== providerId) throw badInput('contractId', 'contractId must be a contract of the statement’s provider');
      const line = { ...adjustmentLine(values, signedIn.sub), contractId: contract.id, schoolId: contract.schoolId };
      const next: ProviderStatementRecord = {
        ...previous,
        adjustments: [...previous.adjustments, line],
        version: previous.version + 1,
        updatedAt: line.createdAt,
      };
      return providerStatements.adjust(previous, next, [
        audit.entry({
          viewer: signedIn,
          action: 'ADJUST_PROVIDER_STATEMENT',
          entityType: 'ProviderStatement',
          entityId: id,
          summary: summary('providerStatement.adjusted', {
            provider: param.ref(providerId, await providerName(providerId)),
            amount: param.yuan(line.amountFen),
            reason: param.text(values.reason),
          }),
        }),
      ]);
    },
  };
}

export type ProviderStatementService = ReturnType<typeof createProviderStatementService>;

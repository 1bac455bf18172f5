import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { AuditRepository } from '../audit/auditRepository';
import { param, summary } from '../audit/auditSummaries';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import { localDate } from '../core/clock';
import { badInput, forbidden, notFound } from '../core/errors';
import { parseInput } from '../core/validation';
import { allRecords } from '../db/allRecords';
import type { StaffRepository } from '../people/staffRepository';
import type { PolicyService } from '../policy/policyService';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { dutyRotaId, rotaWeekdays, type DutyRotaRecord } from './dutyRotaEntity';
import type { DutyRotaRepository } from './dutyRotaRepository';

const rotaInput = z.object({
  schoolId: z.string().min(1).max(64),
  days: z
    .array(z.object({ weekday: z.enum(rotaWeekdays), staffId: z.string().min(1).max(64) }))
    .max(rotaWeekdays.length, `must hold at most ${rotaWeekdays.length} days`),
  expectedVersion: z.number().int().min(1).nullish(),
});
export type DutyRotaInput = z.input<typeof rotaInput>;

export interface DutyRotaDeps {
  dutyRotas: DutyRotaRepository;
  staff: StaffRepository;
  schools: Pick<SchoolRepository, 'get'>;
  audit: AuditRepository;
  access: RecordAccess;
  /** The district policy: the rota names service weekdays only. */
  policy: Pick<PolicyService, 'current'>;
  terms: Pick<TermRepository, 'list'>;
  /** The rota names DAY_WITHOUT_CARE_LOG's duty leader: a change marks the compliance summaries that read it. */
  complianceMarks: ComplianceMarks;
}

/** The duty rota (值班表 / 领导带班): which duty leader is on duty on each weekday of a school. */
export function createDutyRotaService(deps: DutyRotaDeps) {
  const { dutyRotas, staff, schools, audit, access } = deps;

  /**
   * The school's terms whose compliance report reads the rota: those that have begun (the care-log rule's input, see
   * `checksCareLogs` in compliance/complianceInputs.ts). The rota is the school's, not a term's, like classes and staff.
   */
  async function termMarks(schoolId: string) {
    const today = localDate();
    const terms = await allRecords((after) => deps.terms.list({ schoolId, first: 100, after }));
    return deps.complianceMarks.steps(terms.filter((term) => term.startDate < today).map((term) => ({ schoolId, termId: term.id })));
  }

  return {
    /** The school's rota as the viewer may see it; null when none was set or it is not theirs to read. */
    async ofSchool(viewer: Viewer | null, schoolId: string): Promise<DutyRotaRecord | null> {
      requireViewer(viewer);
      const record = await dutyRotas.ofSchool(schoolId);
      return record ? ((await access.view(viewer, 'DutyRota', record)) ?? null) : null;
    },

    async get(viewer: Viewer | null, id: string): Promise<DutyRotaRecord> {
      const record = await dutyRotas.get(id);
      if (!record) throw notFound('DutyRota', id);
      return access.require(viewer, 'DutyRota', record);
    },

    /**
     * Sets the whole rota (the school admin; the district office may stand in): each weekday at most once, each
     * person an active DUTY_LEADER of the school — proven in the write's transaction — and each weekday a service day
     * of the district policy (as a family's application days are). The first rota is created without
     * `expectedVersion`; a change carries the version read. The write marks the school's begun terms for the compliance
     * overview in the same transaction.
     */
    async set(viewer: Viewer | null, raw: DutyRotaInput): Promise<DutyRotaRecord> {
      const input = parseInput(rotaInput, raw);
      const signedIn = requireViewer(viewer);
      const mayWrite = signedIn.role === 'DISTRICT_ADMIN' || (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === input.schoolId);
      if (!mayWrite) throw forbidden('Only the school admin sets the duty rota (值班表) of the school');
      if (!(await schools.get(input.schoolId))) throw notFound('School', input.schoolId);
      const seen = new Set<string>();
      input.days.forEach((day, index) => {
        if (seen.has(day.weekday)) throw badInput(`days.${index}.weekday`, `${day.weekday} is on the rota twice`);
        seen.add(day.weekday);
      });
      const rules = await deps.policy.current();
      input.days.forEach((day, index) => {
        if (!rules.serviceDays.includes(day.weekday))
          throw badInput(`days.${index}.weekday`, `${day.weekday} is not a service day of the district (${rules.serviceDays.join(', ')})`);
      });
      // A readable refusal before the write (the transaction's checks below stay the guarantee).
      const members = await staff.getMany(input.days.map((day) => day.staffId));
      members.forEach((member, index) => {
        if (!member || member.schoolId !== input.schoolId || !member.active || !member.duties.includes('DUTY_LEADER'))
          throw badInput(`days.${index}.staffId`, 'Not an active duty leader (值班领导) of the school', { reason: 'WRONG_RECORD' });
      });
      const previous = input.expectedVersion ? await dutyRotas.ofSchool(input.schoolId) : undefined;
      const at = new Date().toISOString();
      const order = (weekday: string) => rotaWeekdays.indexOf(weekday as (typeof rotaWeekdays)[number]);
      const record: DutyRotaRecord = {
        id: dutyRotaId(input.schoolId),
        version: (input.expectedVersion ?? 0) + 1,
        schoolId: input.schoolId,
        days: [...input.days].sort((a, b) => order(a.weekday) - order(b.weekday)),
        updatedBy: signedIn.sub,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
      };
      const checked = new Set<string>();
      const marks = await termMarks(input.schoolId);
      await dutyRotas.write([
        input.expectedVersion ? dutyRotas.updateStep(record, input.expectedVersion) : dutyRotas.createStep(record),
        // One check per person (a transaction touches an item once), named after the first day they hold.
        ...input.days.flatMap((day, index) =>
          checked.has(day.staffId) || !checked.add(day.staffId) ? [] : [dutyRotas.dutyLeaderCheck(day.staffId, input.schoolId, `days.${index}.staffId`)],
        ),
        audit.entry({
          viewer: signedIn,
          action: 'SET_DUTY_ROTA',
          entityType: 'DutyRota',
          entityId: record.id,
          summary: summary('dutyRota.set', { days: param.number(record.days.length) }),
          before: previous,
          after: record,
        }),
        ...marks,
      ]);
      return record;
    },
  };
}

export type DutyRotaService = ReturnType<typeof createDutyRotaService>;

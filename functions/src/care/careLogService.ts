import * as z from 'zod';
import type { RecordAccess } from '../access/recordAccess';
import type { AuditRepository } from '../audit/auditRepository';
import { requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import type { CalendarService } from '../calendar/calendarService';
import { badInput, forbidden, notFound } from '../core/errors';
import { dateString, localTime, parseInput, text } from '../core/validation';
import { allRecords } from '../db/allRecords';
import type { ComplianceMarks } from '../compliance/complianceMarks';
import type { StaffRepository } from '../people/staffRepository';
import type { TermRepository } from '../terms/termRepository';
import { careLogId, incidentKinds, type CareLogRecord } from './careLogEntity';
import type { CareLogRepository } from './careLogRepository';
import { leaderOn } from './dutyRotaEntity';
import type { DutyRotaRepository } from './dutyRotaRepository';
import { param, summary } from '../audit/auditSummaries';

export const MAX_INCIDENTS = 50;

const careLogInput = z.object({
  schoolId: z.string().min(1).max(64),
  date: dateString,
  summary: text(2000),
  incidents: z
    .array(z.object({ at: localTime, kind: z.enum(incidentKinds), description: text(500), action: text(500) }))
    .max(MAX_INCIDENTS, `must hold at most ${MAX_INCIDENTS} incidents`),
  expectedVersion: z.number().int().min(1).nullish(),
  dutyLeaderId: z.string().min(1).max(64).nullish(),
});
export type CareLogInput = z.input<typeof careLogInput>;

export interface CareLogDeps {
  careLogs: CareLogRepository;
  /** The duty rota (值班表): whose day it is. */
  dutyRotas: Pick<DutyRotaRepository, 'ofSchool'>;
  staff: StaffRepository;
  terms: TermRepository;
  calendar: CalendarService;
  audit: AuditRepository;
  access: RecordAccess;
  /** A log changes the DAY_WITHOUT_CARE_LOG rule: the compliance overview's summary of the term moves with it. */
  complianceMarks: ComplianceMarks;
}

/** The duty leader's care log (课后看护日志): one per school day. */
export function createCareLogService(deps: CareLogDeps) {
  const { careLogs, staff, terms, calendar, audit, access } = deps;

  /** A duty leader (值班领导) of the school writing as themself, or the school admin. */
  async function requireWriter(viewer: Viewer | null, schoolId: string) {
    const signedIn = requireViewer(viewer);
    if (signedIn.role === 'SCHOOL_ADMIN' && signedIn.schoolId === schoolId) return { viewer: signedIn, dutyLeaderId: undefined };
    if (signedIn.role === 'TEACHER' && signedIn.schoolId === schoolId && signedIn.staffId) {
      const member = await staff.get(signedIn.staffId);
      if (member?.active && member.schoolId === schoolId && member.duties.includes('DUTY_LEADER')) return { viewer: signedIn, dutyLeaderId: member.id };
    }
    throw forbidden('Only a duty leader (值班领导) of the school or the school admin writes its care log');
  }

  /** The term of the school that holds `date` as a service day; BAD_USER_INPUT otherwise (or in the future). */
  async function requireSchoolDay(schoolId: string, date: string) {
    const all = await allRecords((after) => terms.list({ schoolId, first: 100, after }));
    const term = all.find((item) => item.startDate <= date && date <= item.endDate);
    if (!term) throw badInput('date', `${date} lies in no term of the school`);
    await calendar.requireServiceDate(term, date);
    return term;
  }

  /**
   * The day's duty leader, and whether this writer may write the day's log: the rota's leader of the day's weekday
   * (the weekday whose timetable the date runs) or a stand-in the school admin named on the log; without a rota entry,
   * any duty leader of the school (as before the rota existed). The school admin may name a stand-in.
   */
  async function dutyLeaderOf(
    writer: Awaited<ReturnType<typeof requireWriter>>,
    input: { schoolId: string; date: string; dutyLeaderId?: string | null },
    term: Parameters<CalendarService['forTerm']>[0],
    previous: CareLogRecord | undefined,
  ): Promise<string | undefined> {
    const weekday = (await calendar.forTerm(term)).timetableWeekday(input.date);
    const onRota = leaderOn(await deps.dutyRotas.ofSchool(input.schoolId), weekday);
    if (writer.dutyLeaderId) {
      if (input.dutyLeaderId && input.dutyLeaderId !== writer.dutyLeaderId)
        throw badInput('dutyLeaderId', 'A duty leader writes the log as themself', { reason: 'WRONG_RECORD' });
      if (onRota && onRota !== writer.dutyLeaderId && previous?.dutyLeaderId !== writer.dutyLeaderId)
        throw forbidden(`The duty leader on the rota for ${weekday ?? input.date} (or the school admin) writes this day's care log`);
      return writer.dutyLeaderId;
    }
    if (input.dutyLeaderId) {
      const member = await staff.get(input.dutyLeaderId);
      if (!member?.active || member.schoolId !== input.schoolId || !member.duties.includes('DUTY_LEADER'))
        throw badInput('dutyLeaderId', 'Not an active duty leader (值班领导) of the school', { reason: 'WRONG_RECORD' });
      return member.id;
    }
    return onRota ?? previous?.dutyLeaderId;
  }

  return {
    /**
     * A day's log, or null when none was written. FORBIDDEN (SPEC §4: a denial is coded, never an empty answer) for a
     * viewer who may not read this school's logs — decided by the school alone, so whether a log exists never shows.
     */
    async ofDay(viewer: Viewer | null, schoolId: string, date: string): Promise<CareLogRecord | null> {
      requireViewer(viewer);
      parseInput(z.object({ date: dateString }), { date });
      if (!(await access.view(viewer, 'CareLog', { schoolId } as CareLogRecord)))
        throw forbidden('The care log is read by the school, its duty leaders and the district');
      const record = await careLogs.ofDay(schoolId, date);
      return record ? ((await access.view(viewer, 'CareLog', record)) ?? null) : null;
    },

    async get(viewer: Viewer | null, id: string): Promise<CareLogRecord> {
      const record = await careLogs.get(id);
      if (!record) throw notFound('CareLog', id);
      return access.require(viewer, 'CareLog', record);
    },

    /**
     * Writes the day's log: the first write creates it (CONFLICT when the day has one: one log per school day); a
     * change carries `expectedVersion`. Only a service day of the school's term, not in the future.
     */
    async write(viewer: Viewer | null, raw: CareLogInput): Promise<CareLogRecord> {
      const input = parseInput(careLogInput, raw);
      const writer = await requireWriter(viewer, input.schoolId);
      const term = await requireSchoolDay(input.schoolId, input.date);
      const at = new Date().toISOString();
      const previous = input.expectedVersion ? await careLogs.ofDay(input.schoolId, input.date) : undefined;
      const dutyLeaderId = await dutyLeaderOf(writer, input, term, previous);
      const record: CareLogRecord = {
        id: careLogId(input.schoolId, input.date),
        version: (input.expectedVersion ?? 0) + 1,
        schoolId: input.schoolId,
        date: input.date,
        dutyLeaderId,
        writtenBy: writer.viewer.sub,
        summary: input.summary,
        incidents: input.incidents,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
      };
      await careLogs.write([
        input.expectedVersion ? careLogs.updateStep(record, input.expectedVersion) : careLogs.createStep(record),
        deps.complianceMarks.step({ schoolId: input.schoolId, termId: term.id }),
        audit.entry({
          viewer: writer.viewer,
          action: input.expectedVersion ? 'UPDATE_CARE_LOG' : 'WRITE_CARE_LOG',
          entityType: 'CareLog',
          entityId: record.id,
          summary: summary('careLog.written', { date: param.date(input.date), incidents: param.number(input.incidents.length) }),
          before: previous,
          after: record,
        }),
      ]);
      return record;
    },

    /** Dates with a log in a range (the compliance rule and the dashboard). */
    async datesWithLog(schoolId: string, from: string, to: string): Promise<Set<string>> {
      return new Set((await careLogs.ofRange(schoolId, from, to)).map((item) => item.date));
    },
  };
}

export type CareLogService = ReturnType<typeof createCareLogService>;

import type { RecordAccess } from '../access/recordAccess';
import type { AuditRepository } from '../audit/auditRepository';
import { param, summary } from '../audit/auditSummaries';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { localDate, nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound, versionConflict } from '../core/errors';
import { newId, randomToken } from '../core/ids';
import { parseInput } from '../core/validation';
import { allRecords } from '../db/allRecords';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { TermRepository } from '../terms/termRepository';
import { nextDeadlineOf, overdueFindings, type InspectionRecord, type InspectionStatus } from './inspectionEntity';
import { inspectionProblem, recordInspectionSchema, rectificationNote } from './inspectionInput';
import type { InspectionRepository } from './inspectionRepository';

export interface InspectionListInput extends PageArgs {
  filter?: {
    ids?: readonly string[] | null;
    schoolId?: string | null;
    status?: InspectionStatus | null;
    schoolYear?: string | null;
    semester?: number | null;
    overdue?: boolean | null;
  } | null;
}

const severityNames: Record<string, string> = { LOW: '一般', MEDIUM: '较重', HIGH: '严重' };

/**
 * District supervision of schools (专项督查, SPEC §3.10): the district records an inspection with findings, the
 * school records each rectification, the district closes the inspection once every finding is rectified. Every step
 * is audited in its own transaction; a step from the wrong state is INVALID_TRANSITION.
 */
export function createInspectionService(deps: {
  inspections: InspectionRepository;
  schools: SchoolRepository;
  terms: TermRepository;
  audit: AuditRepository;
  access: RecordAccess;
}) {
  const { inspections, schools, terms, audit, access } = deps;

  async function load(id: string): Promise<InspectionRecord> {
    const inspection = await inspections.get(id);
    if (!inspection) throw notFound('Inspection', id);
    return inspection;
  }

  function assertVersion(inspection: InspectionRecord, expectedVersion?: number | null) {
    if (expectedVersion != null && expectedVersion !== inspection.version)
      throw versionConflict('Inspection', inspection.id, expectedVersion, inspection.version);
  }

  return {
    /** One inspection: the district, or the inspected school's admin; FORBIDDEN for anyone else. */
    async get(viewer: Viewer | null, id: string): Promise<InspectionRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'Inspection', await load(id));
    },

    /** Inspections newest first; a school admin gets their own school's, whatever the filter says otherwise. */
    async list(viewer: Viewer | null, input: InspectionListInput): Promise<Page<InspectionRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      pageSize(input.first);
      const { ids, overdue, ...filter } = input.filter ?? {};
      if (signedIn.role === 'SCHOOL_ADMIN') {
        if (filter.schoolId && filter.schoolId !== signedIn.schoolId) throw forbidden('School admins see only their own school’s inspections');
        filter.schoolId = signedIn.schoolId;
      }
      const today = localDate();
      if (ids) {
        const keep = (record: InspectionRecord) => matchesFilters(record, filter) && (!overdue || overdueFindings(record, today).length > 0);
        return access.page(signedIn, 'Inspection', await idsPage(ids, inspections.getMany, keep));
      }
      return access.page(
        signedIn,
        'Inspection',
        await inspections.list({ first: input.first, after: input.after, ...filter, overdueOn: overdue ? today : undefined }),
      );
    },

    /** Records an inspection of a school (DISTRICT_ADMIN), in the school's term that contains its date. */
    async record(viewer: Viewer | null, input: unknown): Promise<InspectionRecord> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const values = parseInput(recordInspectionSchema, input);
      const problem = inspectionProblem(values);
      if (problem) throw badInput(problem.field, problem.message);
      if (values.date > localDate()) throw badInput('date', 'An inspection is recorded after it took place: date must not be in the future');
      const school = await schools.get(values.schoolId);
      if (!school) throw badInput('schoolId', `School ${values.schoolId} does not exist`);
      const term = (await allRecords((after) => terms.list({ schoolId: school.id, first: 100, after }))).find(
        (t) => t.startDate <= values.date && t.endDate >= values.date,
      );
      if (!term) throw badInput('date', `No term of ${school.name} contains ${values.date}`);
      const now = nowIso();
      const findings = values.findings.map((finding) => ({ ...finding, id: `f_${randomToken(10)}` }));
      const record: InspectionRecord = {
        ...values,
        findings,
        id: newId('Inspection'),
        version: 1,
        termId: term.id,
        schoolYear: term.schoolYear,
        semester: term.semester,
        status: 'OPEN',
        nextDeadline: nextDeadlineOf(findings),
        createdAt: now,
        updatedAt: now,
      };
      // Counting it on the school and term also proves, at commit time, that neither was deleted meanwhile.
      return inspections.create(record, [
        schools.dependentDelta(school.id, 1),
        terms.dependentDelta(term.id, 1),
        audit.entry({
          viewer: signedIn,
          action: 'CREATE',
          entityType: 'Inspection',
          entityId: record.id,
          summary: summary('inspection.recorded', {
            date: param.date(record.date),
            findings: param.number(findings.length),
            score: param.number(record.score),
          }),
          after: record,
        }),
      ]);
    },

    /** Records a finding's rectification (the school's admin, or the district): only once, only while OPEN. */
    async rectify(viewer: Viewer | null, inspectionId: string, findingId: string, note: unknown, expectedVersion?: number | null): Promise<InspectionRecord> {
      const previous = await load(inspectionId);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      assertVersion(previous, expectedVersion);
      if (previous.status !== 'OPEN')
        throw invalidTransition(`The inspection is ${previous.status}: rectifications are recorded while it is OPEN`, {
          reason: 'WRONG_STATUS',
          status: previous.status,
          statusType: 'InspectionStatus',
        });
      const finding = previous.findings.find((f) => f.id === findingId);
      if (!finding) throw badInput('findingId', `The inspection has no finding ${findingId}`);
      if (finding.rectifiedAt) throw invalidTransition(`The finding was already rectified on ${finding.rectifiedAt.slice(0, 10)}`);
      const text = parseInput(rectificationNote, note);
      const now = nowIso();
      const findings = previous.findings.map((f) => (f.id === findingId ? { ...f, rectifiedAt: now, rectification: text, rectifiedBy: signedIn.sub } : f));
      const next: InspectionRecord = { ...previous, findings, nextDeadline: nextDeadlineOf(findings), version: previous.version + 1, updatedAt: now };
      const severity = { ...param.enum('FindingSeverity', finding.severity), zh: severityNames[finding.severity] };
      const said =
        finding.rectifyBy < localDate()
          ? summary('inspection.rectifiedLate', { severity, item: param.text(finding.item), rectifyBy: param.date(finding.rectifyBy), note: param.text(text) })
          : summary('inspection.rectified', { severity, item: param.text(finding.item), note: param.text(text) });
      return inspections.step(previous, next, [
        audit.entry({ viewer: signedIn, action: 'RECTIFY', entityType: 'Inspection', entityId: previous.id, summary: said, before: previous, after: next }),
      ]);
    },

    /** Closes an inspection (DISTRICT_ADMIN) once every finding is rectified; INVALID_TRANSITION before that. */
    async close(viewer: Viewer | null, id: string, expectedVersion?: number | null): Promise<InspectionRecord> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const previous = await load(id);
      assertVersion(previous, expectedVersion);
      if (previous.status !== 'OPEN')
        throw invalidTransition(`The inspection is already ${previous.status}`, {
          reason: 'WRONG_STATUS',
          status: previous.status,
          statusType: 'InspectionStatus',
        });
      const open = previous.findings.filter((f) => !f.rectifiedAt);
      if (open.length > 0)
        throw invalidTransition(`${open.length} findings are not rectified yet: the school records each rectification first`, {
          openFindings: open.map((f) => f.id),
        });
      const now = nowIso();
      const next: InspectionRecord = { ...previous, status: 'CLOSED', closedAt: now, version: previous.version + 1, updatedAt: now };
      return inspections.step(previous, next, [
        audit.entry({
          viewer: signedIn,
          action: 'CLOSE',
          entityType: 'Inspection',
          entityId: id,
          summary: summary('inspection.closed'),
          before: previous,
          after: next,
        }),
      ]);
    },

    /**
     * Findings past their deadline and not rectified, of the district or one school (the dashboard): read from the
     * OPEN inspections whose earliest open deadline has passed — bounded by the open inspections, not by history.
     */
    async overdue(viewer: Viewer, schoolId?: string): Promise<{ inspection: InspectionRecord; finding: InspectionRecord['findings'][number] }[]> {
      const today = localDate();
      const open = await allRecords((after) => inspections.list({ first: 100, after, schoolId, overdueOn: today }));
      const readable = await access.filter(viewer, 'Inspection', open);
      return readable
        .flatMap((inspection) => overdueFindings(inspection, today).map((finding) => ({ inspection, finding })))
        .sort((a, b) => a.finding.rectifyBy.localeCompare(b.finding.rectifyBy));
    },
  };
}

export type InspectionService = ReturnType<typeof createInspectionService>;

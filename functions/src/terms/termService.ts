import type { RecordAccess } from '../access/recordAccess';
import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import { idsPage, matchesFilters } from '../db/idsPage';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { AppError, badInput, forbidden, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { MemberSource } from '../db/memberLists';
import type { AuditRepository } from '../audit/auditRepository';
import type { SchoolRepository } from '../schools/schoolRepository';
import type { SchoolRecord } from '../schools/schoolEntity';
import type { TermRecord } from './termEntity';
import { createTermSchema, termProblem, updateTermSchema } from './termInput';
import type { TermRepository } from './termRepository';
import { param, summary } from '../audit/auditSummaries';
import type { PolicyService } from '../policy/policyService';

export interface TermListInput extends PageArgs {
  filter?: { ids?: readonly string[] | null; schoolId?: string | null; schoolYear?: string | null; semester?: number | null } | null;
}

export function createTermService(deps: {
  terms: TermRepository;
  schools: SchoolRepository;
  audit: AuditRepository;
  access: RecordAccess;
  policy: PolicyService;
}) {
  const { terms, schools, audit, access } = deps;

  async function assertConsistent(term: TermRecord) {
    const problem = termProblem(term, await deps.policy.current());
    if (problem) throw badInput(problem.field, problem.message);
  }

  async function load(id: string): Promise<TermRecord> {
    const term = await terms.get(id);
    if (!term) throw notFound('Term', id);
    return term;
  }

  /**
   * The term's school as it is now: its copies of its terms are rewritten in the term's transaction, on condition
   * that they are still those read (schools/termCopies.ts) — so read consistently, not a replica's older state.
   */
  async function schoolOf(schoolId: string): Promise<SchoolRecord> {
    const school = await schools.get(schoolId, { consistent: true });
    if (!school) throw notFound('School', schoolId);
    return school;
  }

  const termParams = (term: TermRecord) => ({ schoolYear: param.text(term.schoolYear), semester: param.enum('Semester', term.semester) });

  async function createRecord(
    viewer: Viewer,
    values: Omit<TermRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>,
    school?: SchoolRecord,
  ): Promise<TermRecord> {
    const now = nowIso();
    const record: TermRecord = { ...values, id: newId('Term'), version: 1, createdAt: now, updatedAt: now };
    await assertConsistent(record);
    // Counting the term on its school in the same transaction also proves the school still exists.
    const change = { kind: 'create', termId: record.id, item: terms.storedItem(record) } as const;
    return terms.create(record, [
      schools.termChange(school ?? (await schoolOf(record.schoolId)), change),
      audit.entry({ viewer, action: 'CREATE', entityType: 'Term', entityId: record.id, summary: summary('term.created', termParams(record)), after: record }),
    ]);
  }

  return {
    /** One term; school admins only their school's, provider users those of the schools they serve. */
    async get(viewer: Viewer | null, id: string): Promise<TermRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'Term', await load(id));
    },

    /** Terms newest first; a school admin is held to their own school, a provider user to one school it serves. */
    /** `members`: the school's kept terms (Query otherwise); the same checks and access rules either way. */
    async list(viewer: Viewer | null, input: TermListInput, members?: MemberSource): Promise<Page<TermRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN', 'PROVIDER', 'TEACHER', 'PARENT');
      pageSize(input.first);
      const { ids, ...filter } = input.filter ?? {};
      if (ids) return access.page(signedIn, 'Term', await idsPage(ids, terms.getMany, (term) => matchesFilters(term, filter)));
      if (signedIn.role === 'TEACHER' || signedIn.role === 'PARENT') {
        // A teacher's own school; a family's children's school (the terms they apply for).
        const allowed = signedIn.role === 'TEACHER' ? new Set([signedIn.schoolId]) : await access.relationsOf(signedIn).guardianSchoolIds();
        const schoolId = filter.schoolId ?? (signedIn.role === 'TEACHER' ? signedIn.schoolId : undefined);
        if (!schoolId || !allowed.has(schoolId)) throw forbidden('Teachers and guardians list the terms of their (children’s) school (filter.schoolId)');
        return access.page(signedIn, 'Term', await terms.list({ first: input.first, after: input.after, ...filter, schoolId }, members));
      }
      if (signedIn.role === 'PROVIDER') {
        // The terms of a school the provider serves (its contracts name them); the policy drops any other school's.
        if (!filter.schoolId || !(await access.relationsOf(signedIn).providerSchoolIds()).has(filter.schoolId)) {
          throw forbidden('Provider users list the terms of one school they serve (filter.schoolId)');
        }
        return access.page(signedIn, 'Term', await terms.list({ first: input.first, after: input.after, ...filter }, members));
      }
      const schoolId = signedIn.role === 'SCHOOL_ADMIN' ? (filter.schoolId ?? signedIn.schoolId) : filter.schoolId;
      if (schoolId) requireSchoolAccess(signedIn, schoolId);
      return access.page(signedIn, 'Term', await terms.list({ first: input.first, after: input.after, ...filter, schoolId }, members));
    },

    /** Creates a term of a school the viewer may manage. */
    async create(viewer: Viewer | null, input: unknown): Promise<TermRecord> {
      const values = parseInput(createTermSchema, input);
      return createRecord(requireSchoolAccess(viewer, values.schoolId), values);
    },

    /** Copies a term's year, semester and dates to every school that lacks that term (district admins). */
    async copyToAllSchools(viewer: Viewer | null, termId: string): Promise<TermRecord[]> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const source = await load(termId);
      const created: TermRecord[] = [];
      let after: string | null = null;
      do {
        const page: Page<SchoolRecord> = await schools.list({ first: 100, after, filter: {}, orderBy: { field: 'CODE', direction: 'ASC' } });
        for (const { record: school } of page.items) {
          if (school.id === source.schoolId) continue;
          const { schoolYear, semester, startDate, endDate, excludedDates, makeUpDays } = source;
          try {
            created.push(
              await createRecord(
                signedIn,
                { schoolId: school.id, schoolYear, semester, startDate, endDate, excludedDates, makeUpDays: makeUpDays ?? [] },
                school,
              ),
            );
          } catch (error) {
            // A school that already has this term keeps it; anything else (a school changed meanwhile too) is a real failure.
            if (!(error instanceof AppError && error.extensions.reason === 'DUPLICATE_TERM')) throw error;
          }
        }
        after = page.hasNextPage ? (page.items.at(-1)?.cursor ?? null) : null;
      } while (after);
      return created;
    },

    /** Changes a term if the version still matches. */
    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<TermRecord> {
      requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      const changes = definedOnly(parseInput(updateTermSchema, input));
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      const next = { ...previous, ...changes, version: expectedVersion + 1, updatedAt: nowIso() } as TermRecord;
      await assertConsistent(next);
      return terms.update(previous, next, expectedVersion, [
        schools.termChange(await schoolOf(previous.schoolId), { kind: 'update', termId: id, item: terms.storedItem(next) }),
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'Term',
          entityId: id,
          summary: summary('term.updated', termParams(next)),
          before: previous,
          after: next,
        }),
      ]);
    },

    /** Deletes a term nothing depends on. */
    async delete(viewer: Viewer | null, id: string): Promise<string> {
      requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      const previous = await load(id);
      const signedIn = requireSchoolAccess(viewer, previous.schoolId);
      await terms.delete(previous, [
        schools.termChange(await schoolOf(previous.schoolId), { kind: 'delete', termId: id }),
        audit.entry({
          viewer: signedIn,
          action: 'DELETE',
          entityType: 'Term',
          entityId: id,
          summary: summary('term.deleted', termParams(previous)),
          before: previous,
        }),
      ]);
      return id;
    },
  };
}

export type TermService = ReturnType<typeof createTermService>;

import { requireRole, requireSchoolAccess, requireViewer } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { nowIso } from '../core/clock';
import { badInput, forbidden, invalidTransition, notFound } from '../core/errors';
import { newId } from '../core/ids';
import { definedOnly, parseInput } from '../core/validation';
import type { Page, PageArgs } from '../db/paging';
import { pageSize } from '../db/paging';
import type { RecordAccess } from '../access/recordAccess';
import type { AuditRepository } from '../audit/auditRepository';
import type { TermRepository } from '../terms/termRepository';
import type { SchoolRecord } from './schoolEntity';
import { createSchoolSchema, updateSchoolSchema } from './schoolInput';
import type { SchoolListArgs, SchoolRepository } from './schoolRepository';
import { param, summary } from '../audit/auditSummaries';

export interface SchoolListInput extends PageArgs {
  filter?: (SchoolListArgs['filter'] & { ids?: readonly string[] | null }) | null;
  orderBy?: { field: 'CODE' | 'NAME'; direction?: 'ASC' | 'DESC' | null } | null;
}

export function createSchoolService(deps: { schools: SchoolRepository; terms: TermRepository; audit: AuditRepository; access: RecordAccess }) {
  const { schools, terms, audit, access } = deps;

  async function load(id: string): Promise<SchoolRecord> {
    const school = await schools.get(id);
    if (!school) throw notFound('School', id);
    return school;
  }

  return {
    /** One school as the viewer may see it: school admins only their own, provider users the schools they serve. */
    async get(viewer: Viewer | null, id: string): Promise<SchoolRecord> {
      requireViewer(viewer);
      return access.require(viewer, 'School', await load(id));
    },

    /** Schools the viewer may see: all for district admins, their own for a school admin. */
    async list(viewer: Viewer | null, input: SchoolListInput): Promise<Page<SchoolRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      pageSize(input.first);
      const { ids, ...filter } = input.filter ?? {};
      if (signedIn.role === 'SCHOOL_ADMIN' || ids) {
        const wanted = signedIn.role === 'SCHOOL_ADMIN' ? [signedIn.schoolId].filter((id) => !ids || ids.includes(id)) : [...(ids ?? [])];
        if (wanted.length > 100) throw badInput('filter.ids', 'filter.ids takes at most 100 ids', { reason: 'TOO_MANY', max: 100 });
        const found = (await schools.getMany(wanted)).filter((school): school is SchoolRecord => Boolean(school));
        return schools.pageOf(found.filter((school) => matches(school, filter)));
      }
      return schools.list({
        first: input.first,
        after: input.after,
        filter,
        orderBy: { field: input.orderBy?.field ?? 'CODE', direction: input.orderBy?.direction ?? 'ASC' },
      });
    },

    /** Creates a school (district admins). */
    async create(viewer: Viewer | null, input: unknown): Promise<SchoolRecord> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const values = parseInput(createSchoolSchema, input);
      const now = nowIso();
      const record: SchoolRecord = {
        ...values,
        address: values.address ?? undefined,
        principal: values.principal ?? undefined,
        id: newId('School'),
        version: 1,
        createdAt: now,
        updatedAt: now,
      };
      return schools.create(record, [
        audit.entry({
          viewer: signedIn,
          action: 'CREATE',
          entityType: 'School',
          entityId: record.id,
          summary: summary('school.created', { name: param.text(record.name), code: param.text(record.code) }),
          after: record,
        }),
      ]);
    },

    /** Changes a school: district admins, or its own school admin (who may not change the code). */
    async update(viewer: Viewer | null, id: string, input: unknown, expectedVersion: number): Promise<SchoolRecord> {
      const signedIn = requireSchoolAccess(viewer, id);
      const changes = definedOnly(parseInput(updateSchoolSchema, input));
      const previous = await load(id);
      if (changes.code !== undefined && changes.code !== previous.code && signedIn.role !== 'DISTRICT_ADMIN') {
        throw forbidden('Only the district office may change a school code');
      }
      const next = { ...previous, ...changes, version: expectedVersion + 1, updatedAt: nowIso() } as SchoolRecord;
      return schools.update(previous, next, expectedVersion, [
        audit.entry({
          viewer: signedIn,
          action: 'UPDATE',
          entityType: 'School',
          entityId: id,
          summary: summary('school.updated', { name: param.text(next.name) }),
          before: previous,
          after: next,
        }),
      ]);
    },

    /** Deletes a school without terms (district admins). */
    async delete(viewer: Viewer | null, id: string): Promise<string> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN');
      const previous = await load(id);
      if (await terms.schoolHasTerms(id)) {
        throw invalidTransition(`School ${previous.name} still has terms; delete them first`, { id, reason: 'HAS_DEPENDENTS' });
      }
      await schools.delete(previous, [
        audit.entry({
          viewer: signedIn,
          action: 'DELETE',
          entityType: 'School',
          entityId: id,
          summary: summary('school.deleted', { name: param.text(previous.name) }),
          before: previous,
        }),
      ]);
      return id;
    },
  };
}

/** The list filters applied in memory to the few schools fetched by id. */
function matches(school: SchoolRecord, filter: SchoolListArgs['filter']): boolean {
  if (filter.type && school.type !== filter.type) return false;
  if (filter.ownership && school.ownership !== filter.ownership) return false;
  if (filter.q && !school.name.includes(filter.q) && !school.code.startsWith(filter.q.toUpperCase())) return false;
  return true;
}

export type SchoolService = ReturnType<typeof createSchoolService>;

import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { idsPage, matchesFilters } from '../db/idsPage';
import { pageSize, type Page, type PageArgs } from '../db/paging';
import type { ProviderExitRecord } from './exitEntity';
import { createExitCases, type ExitServiceDeps } from './exitCases';
import { createExitOpening } from './exitOpening';
import { createExitWorkflow } from './exitWorkflow';

// The service factory stays here (services load it lazily from this path) with the reads; opening a case is in
// exitOpening, the district's decision and completion in exitWorkflow.
export { SYSTEM_VIEWER, type ExitServiceDeps } from './exitCases';

export function createExitService(deps: ExitServiceDeps) {
  const { exits, access } = deps;
  const cases = createExitCases(deps);
  const { load } = cases;

  return {
    load,

    /** One case: the district's in full, a school admin's limited to their own school's part (see the access policy). */
    async get(viewer: Viewer | null, id: string) {
      requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      return access.require(viewer, 'ProviderExit', await load(id));
    },

    async list(
      viewer: Viewer | null,
      input: PageArgs & { filter?: { ids?: readonly string[] | null; providerId?: string | null; status?: string | null; trigger?: string | null } | null },
    ): Promise<Page<ProviderExitRecord>> {
      const signedIn = requireRole(viewer, 'DISTRICT_ADMIN', 'SCHOOL_ADMIN');
      pageSize(input.first);
      const { ids, ...filter } = input.filter ?? {};
      if (ids) return access.page(signedIn, 'ProviderExit', await idsPage(ids, exits.getMany, (record) => matchesFilters(record, filter)));
      const schoolId = signedIn.role === 'SCHOOL_ADMIN' ? signedIn.schoolId : undefined;
      return access.page(signedIn, 'ProviderExit', await exits.list({ first: input.first, after: input.after, ...filter, schoolId }));
    },

    ...createExitOpening(deps, cases),
    ...createExitWorkflow(deps, cases),
  };
}

export type ExitService = ReturnType<typeof createExitService>;

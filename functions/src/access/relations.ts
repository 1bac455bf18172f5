import type { Viewer } from '../auth/viewer';
import type { ContractRepository } from '../contracts/contractRepository';
import { allRecords } from '../db/allRecords';

/**
 * Who a viewer is connected to, beyond the ids in their token: a provider user reads the basic profile of the
 * schools its provider serves, a school admin reads the providers that serve (or served) their school whatever
 * their status. Loaded on first use and kept for the request only (keyed by the request's viewer object).
 */
export interface ViewerRelations {
  /** PROVIDER: schools where the provider holds or held a contract. */
  providerSchoolIds(): Promise<ReadonlySet<string>>;
  /** SCHOOL_ADMIN: providers holding or having held a contract with the school. */
  schoolProviderIds(): Promise<ReadonlySet<string>>;
}

const none: ReadonlySet<string> = new Set();

export function createRelations(deps: { contracts: ContractRepository }) {
  const cache = new WeakMap<Viewer, ViewerRelations>();

  function load(viewer: Viewer): ViewerRelations {
    let providerSchools: Promise<ReadonlySet<string>> | undefined;
    let schoolProviders: Promise<ReadonlySet<string>> | undefined;
    return {
      providerSchoolIds() {
        if (viewer.role !== 'PROVIDER' || !viewer.providerId) return Promise.resolve(none);
        const providerId = viewer.providerId;
        providerSchools ??= allRecords((after) => deps.contracts.list({ providerId, first: 100, after })).then((rows) => new Set(rows.map((c) => c.schoolId)));
        return providerSchools;
      },
      schoolProviderIds() {
        if (viewer.role !== 'SCHOOL_ADMIN' || !viewer.schoolId) return Promise.resolve(none);
        const schoolId = viewer.schoolId;
        schoolProviders ??= allRecords((after) => deps.contracts.list({ schoolId, first: 100, after })).then((rows) => new Set(rows.map((c) => c.providerId)));
        return schoolProviders;
      },
    };
  }

  return {
    of(viewer: Viewer): ViewerRelations {
      let relations = cache.get(viewer);
      if (!relations) {
        relations = load(viewer);
        cache.set(viewer, relations);
      }
      return relations;
    },
  };
}

export type Relations = ReturnType<typeof createRelations>;

import DataLoader from 'dataloader';
import { createConnectionLoaders } from './connectionLoaders';
import type { Services } from './services';

/**
 * Per-request DataLoaders for every field that fetches by id or by parent: all `Term.school` of one response
 * become one BatchGetItem (no N+1), and nothing is cached across requests or users.
 */
export function createLoaders(services: Services) {
  const { schools, terms, providers, contracts, activities, evaluations, documents } = services.repositories;
  const byId = <T>(getMany: (ids: readonly string[]) => Promise<(T | undefined)[]>) =>
    new DataLoader((ids: readonly string[]) => getMany(ids), { maxBatchSize: 100 });
  return {
    school: byId(schools.getMany),
    term: byId(terms.getMany),
    provider: byId(providers.getMany),
    contract: byId(contracts.getMany),
    activity: byId(activities.getMany),
    /** A provider's per-school standing items: one Query per provider, only when `bySchool` is asked for. */
    standings: new DataLoader((providerIds: readonly string[]) => Promise.all(providerIds.map((id) => evaluations.standings(id)))),
    documentsOfOwner: new DataLoader((ownerIds: readonly string[]) => Promise.all(ownerIds.map((id) => documents.listByOwner(id)))),
    /** Survey answer counts from the aggregate shards, batched for a whole page of surveys. */
    surveyResponseCount: new DataLoader((surveyIds: readonly string[]) => services.repositories.responses.responseCounts(surveyIds)),
    /** District standing items of a page of providers in one BatchGetItem. */
    districtStanding: byId(evaluations.districtStandings),
    /** Nested connections (School.terms, Provider.contracts/evaluations/documents): see connectionLoaders.ts. */
    connections: createConnectionLoaders(services),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

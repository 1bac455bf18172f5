import DataLoader from 'dataloader';
import type { Services } from './services';

/**
 * Per-request DataLoaders for every field that fetches by id: all `Term.school` of one response become one
 * BatchGetItem (no N+1), and nothing is cached across requests or users.
 */
export function createLoaders(services: Services) {
  const { schools, terms } = services.repositories;
  return {
    school: new DataLoader((ids: readonly string[]) => schools.getMany(ids), { maxBatchSize: 100 }),
    term: new DataLoader((ids: readonly string[]) => terms.getMany(ids), { maxBatchSize: 100 }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

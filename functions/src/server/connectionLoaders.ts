import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import type { PageArgs, Page } from '../db/paging';
import type { Services } from './services';

/** One nested connection asked for: whose, which page, and by whom (the request's viewer). */
export interface ConnectionKey extends PageArgs {
  viewer: Viewer | null;
  parentId: string;
}

/** Same viewer, parent and page → same fetch within the request. */
const cacheKey = ({ viewer, parentId, first, after }: ConnectionKey) => [viewer?.sub ?? '', parentId, first ?? '', after ?? ''].join('\u0000');

/**
 * `totalCount` without a Query when the page already holds the whole list (first page, no next page) — nested
 * lists are mostly that short: a school's terms, a provider's contracts. Otherwise the COUNT Query runs once, however
 * often the field is asked for in the request.
 */
export function countedOnce<T>(page: Page<T>, args: PageArgs): Page<T> {
  if (!args.after && !page.hasNextPage) {
    const total = page.items.length;
    return { ...page, totalCount: async () => total };
  }
  let counted: Promise<number> | undefined;
  return { ...page, totalCount: () => (counted ??= page.totalCount()) };
}

/**
 * A per-request loader of one kind of nested connection. Every parent of a response asks in the same tick; the
 * batch starts all their list calls at once (DynamoDB serves them side by side, so the wait is about one Query
 * whatever the number of parents), and the same parent and page asked for twice in a request (aliases, fragments)
 * is fetched once. Nothing is cached across requests. `list` is the service's viewer-aware list function, so access rules apply to each
 * nested page exactly as to the root field.
 */
function connectionLoader<T>(list: (key: ConnectionKey) => Promise<Page<T>>) {
  return new DataLoader<ConnectionKey, Page<T>, string>(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          list(key).then(
            (page) => countedOnce(page, key),
            (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
          ),
        ),
      ),
    { cacheKeyFn: cacheKey, maxBatchSize: 100 },
  );
}

/** Made on first use: most requests ask for no nested connection and should not pay for its loaders. */
function memo<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

/** Loaders for the nested connections of School and Provider (one set per request, see loaders.ts). */
export function createConnectionLoaders(services: Services) {
  const schoolTerms = memo(() =>
    connectionLoader(({ viewer, parentId, first, after }) => services.terms.list(viewer, { first, after, filter: { schoolId: parentId } })),
  );
  const providerContracts = memo(() =>
    connectionLoader(({ viewer, parentId, first, after }) => services.contracts.list(viewer, { first, after, filter: { providerId: parentId } })),
  );
  const providerEvaluations = memo(() =>
    connectionLoader(({ viewer, parentId, first, after }) => services.evaluations.list(viewer, { first, after, filter: { providerId: parentId } })),
  );
  // Provider.documents is a plain list (no paging): keyed by owner only.
  const ownerDocuments = memo(
    () =>
      new DataLoader<{ viewer: Viewer | null; ownerId: string }, Awaited<ReturnType<Services['documents']['list']>>, string>(
        (keys) =>
          Promise.all(
            keys.map(({ viewer, ownerId }) =>
              services.documents.list(viewer, ownerId).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))),
            ),
          ),
        { cacheKeyFn: ({ viewer, ownerId }) => `${viewer?.sub ?? ''}\u0000${ownerId}` },
      ),
  );
  return {
    get schoolTerms() {
      return schoolTerms();
    },
    get providerContracts() {
      return providerContracts();
    },
    get providerEvaluations() {
      return providerEvaluations();
    },
    get ownerDocuments() {
      return ownerDocuments();
    },
  };
}

export type ConnectionLoaders = ReturnType<typeof createConnectionLoaders>;

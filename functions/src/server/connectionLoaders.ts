import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import type { PageArgs, Page } from '../db/paging';
import type { MemberItems, MemberSource } from '../db/memberLists';
import type { Services } from './services';

/** One nested connection asked for: whose, which page, and by whom (the request's viewer). */
export interface ConnectionKey extends PageArgs {
  viewer: Viewer | null;
  parentId: string;
  /** The parent's kept child ids (db/memberLists.ts `keptIds`); absent: the parent's list is read by Query. */
  memberIds?: readonly string[];
  /** The children's stored items the parent itself keeps (a school's term copies): nothing to read. */
  memberItems?: MemberItems;
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

const asError = (error: unknown) => (error instanceof Error ? error : new Error(String(error)));

type StoredItem = MemberItems[number];

/**
 * The stored items of one kind of child, by id, for the whole request: every parent's kept list asks in the same tick
 * and all of them become one BatchGetItem (100 keys a call, unprocessed keys retried; see db/memberLists.ts).
 */
function childItems(read: (ids: readonly string[]) => Promise<Map<string, StoredItem>>) {
  const items = new DataLoader<string, StoredItem | null>(
    async (ids) => {
      const found = await read(ids);
      return ids.map((id) => found.get(id) ?? null);
    },
    { maxBatchSize: 100 },
  );
  /** A parent's children: ids whose item is gone (deleted after the parent was read) are left out, as from a Query. */
  return (ids: readonly string[]): MemberSource =>
    async () => {
      const loaded = await items.loadMany(ids);
      const failed = loaded.find((item) => item instanceof Error);
      if (failed) throw failed;
      return loaded.filter((item): item is StoredItem => item !== null);
    };
}

/**
 * A per-request loader of one kind of nested connection. A parent that keeps its children's items (`memberItems`, a
 * school's term copies) needs no read; a parent that keeps their ids (`memberIds`) is answered from their items, read
 * for all parents of the response at once, so the calls do not grow with the number of parents; a parent without them (stored before the lists existed, or with more than MAX_MEMBERS children) is
 * read by its own Query, all such Queries started together. The same parent and page asked for twice in a request
 * (aliases, fragments) is fetched once. Nothing is cached across requests. `list` is the service's viewer-aware list
 * function, so access rules apply to each nested page exactly as to the root field.
 */
function connectionLoader<T>(
  list: (key: ConnectionKey, members?: MemberSource) => Promise<Page<T>>,
  read: (ids: readonly string[]) => Promise<Map<string, StoredItem>>,
) {
  const members = childItems(read);
  return new DataLoader<ConnectionKey, Page<T>, string>(
    (keys) =>
      Promise.all(
        keys.map((key) =>
          list(key, key.memberItems ? async () => key.memberItems ?? [] : key.memberIds && members(key.memberIds)).then(
            (page) => countedOnce(page, key),
            (error: unknown) => asError(error),
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
  // Repositories taken on first use (tests may hand in services without them; they are built lazily anyway).
  const repositories = () => services.repositories;
  const schoolTerms = memo(() =>
    connectionLoader(
      ({ viewer, parentId, first, after }, members) => services.terms.list(viewer, { first, after, filter: { schoolId: parentId } }, members),
      (ids) => repositories().terms.memberItems(ids),
    ),
  );
  const providerContracts = memo(() =>
    connectionLoader(
      ({ viewer, parentId, first, after }, members) => services.contracts.list(viewer, { first, after, filter: { providerId: parentId } }, members),
      (ids) => repositories().contracts.memberItems(ids),
    ),
  );
  const providerEvaluations = memo(() =>
    connectionLoader(
      ({ viewer, parentId, first, after }, members) => services.evaluations.list(viewer, { first, after, filter: { providerId: parentId } }, members),
      (ids) => repositories().evaluations.memberItems(ids),
    ),
  );
  // Provider.documents is a plain list (no paging): keyed by owner only.
  const ownerDocuments = memo(() => {
    const members = childItems((ids) => repositories().documents.memberItems(ids));
    return new DataLoader<
      { viewer: Viewer | null; ownerId: string; memberIds?: readonly string[] },
      Awaited<ReturnType<Services['documents']['list']>>,
      string
    >(
      (keys) =>
        Promise.all(keys.map(({ viewer, ownerId, memberIds }) => services.documents.list(viewer, ownerId, memberIds && members(memberIds)).catch(asError))),
      { cacheKeyFn: ({ viewer, ownerId }) => `${viewer?.sub ?? ''}\u0000${ownerId}` },
    );
  });
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

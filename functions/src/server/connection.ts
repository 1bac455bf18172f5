import type { Page, PageItem } from '../db/paging';

/** Field resolvers that turn any repository Page into a Relay connection with `nodes` and `totalCount`. */
export const connectionFields = {
  edges: <T>(page: Page<T>) => page.items,
  nodes: <T>(page: Page<T>) => page.items.map((item) => item.record),
  // Getters: a cursor is made only when the client selects it (most ask for endCursor alone).
  pageInfo: <T>(page: Page<T>) => ({
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    get startCursor() {
      return page.items[0]?.cursor ?? null;
    },
    get endCursor() {
      return page.items.at(-1)?.cursor ?? null;
    },
  }),
  totalCount: <T>(page: Page<T>) => page.totalCount(),
};

export const edgeFields = {
  cursor: <T>(item: PageItem<T>) => item.cursor,
  node: <T>(item: PageItem<T>) => item.record,
};

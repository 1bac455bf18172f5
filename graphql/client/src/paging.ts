import type { KehouClient, RequestOptions, TypedDocument } from './client';

/** What a list query selects for paging: the nodes and where the next page starts. */
export interface PageOf<Node> {
  nodes: readonly Node[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** The page size the helpers ask for: the API's maximum (`first` is 1–100). */
export const MAX_PAGE_SIZE = 100;

/**
 * Every node of a connection, page by page (forward-only cursors: `after` = the last `endCursor`).
 * `select` picks the connection out of the result, e.g. `(data) => data.schools`.
 *
 *   for await (const school of paginate(client, SchoolsDocument, {}, (data) => data.schools)) { … }
 */
export async function* paginate<Result, Variables extends { first?: number | null; after?: string | null }, Node>(
  client: KehouClient,
  document: TypedDocument<Result, Variables>,
  variables: Omit<Variables, 'after'>,
  select: (data: Result) => PageOf<Node>,
  options: RequestOptions & { pageSize?: number } = {},
): AsyncGenerator<Node, void, undefined> {
  // The variables are complete here; the client's signature only enforces that at call sites.
  const request = client.request as <R, V>(document: TypedDocument<R, V>, variables: V, options?: RequestOptions) => Promise<R>;
  let after: string | null | undefined;
  const first = options.pageSize ?? variables.first ?? MAX_PAGE_SIZE;
  for (;;) {
    const page = select(await request(document, { ...variables, first, after } as Variables, options));
    yield* page.nodes;
    // A page that claims more but gives no cursor would loop forever: stop there.
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return;
    after = page.pageInfo.endCursor;
  }
}

/** All nodes of a connection in one array; refuses to load more than `limit` (default 10 000) nodes. */
export async function collectAll<Result, Variables extends { first?: number | null; after?: string | null }, Node>(
  client: KehouClient,
  document: TypedDocument<Result, Variables>,
  variables: Omit<Variables, 'after'>,
  select: (data: Result) => PageOf<Node>,
  options: RequestOptions & { pageSize?: number; limit?: number } = {},
): Promise<Node[]> {
  const limit = options.limit ?? 10_000;
  const nodes: Node[] = [];
  for await (const node of paginate(client, document, variables, select, options)) {
    if (nodes.length === limit) throw new RangeError(`More than ${limit} nodes: narrow the filter or raise the limit`);
    nodes.push(node);
  }
  return nodes;
}

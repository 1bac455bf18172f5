/** A fetch that answers like the API would, for unit tests of the client's own logic (no network). */
export function fakeFetch(
  answer: (body: { query: string; variables: Record<string, unknown> }, headers: Headers) => { status?: number; json?: unknown } | Error,
) {
  const calls: { body: { query: string; variables: Record<string, unknown>; operationName?: string }; headers: Headers }[] = [];
  const impl = (async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body));
    const headers = new Headers(init.headers);
    calls.push({ body, headers });
    const result = answer(body, headers);
    if (result instanceof Error) throw result;
    return new Response(result.json === undefined ? 'not json' : JSON.stringify(result.json), { status: result.status ?? 200 });
  }) as unknown as typeof fetch;
  return { impl, calls };
}

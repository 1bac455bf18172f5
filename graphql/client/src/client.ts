import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { errorFromResponse, NetworkError, RateLimitedError, ServerError, UnauthenticatedError, type GraphQLErrorBody } from './errors';

/** A generated document (`SchoolsDocument`, …): the operation text with its result and variable types. */
export type TypedDocument<Result, Variables> = DocumentTypeDecoration<Result, Variables> & { toString(): string };

type VariablesArg<Variables> = Record<string, never> extends Variables ? [variables?: Variables] : [variables: Variables];

export interface ClientOptions {
  /** The GraphQL endpoint: `…/graphql` (signed in) or `…/public/graphql` (anonymous survey operations). */
  url: string;
  /**
   * The bearer token (an OIDC ID token), or a function asked before every request, so a refreshed token is
   * used as soon as the app has it. Omit it for anonymous calls: no Authorization header is sent then.
   */
  token?: string | null | (() => string | null | undefined | Promise<string | null | undefined>);
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Defaults to the global fetch (browsers, Node ≥ 18, WeChat with a fetch polyfill). */
  fetch?: typeof fetch;
}

export interface RequestOptions {
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface KehouClient {
  /**
   * Runs one operation and returns its `data`. Throws a `KehouError` subclass: the coded API errors
   * (`NotFoundError`, `ConflictError`, …), `NetworkError` when no answer came, `ServerError` otherwise.
   */
  request<Result, Variables>(document: TypedDocument<Result, Variables>, ...args: [...VariablesArg<Variables>, options?: RequestOptions]): Promise<Result>;
}

const operationName = (query: string) => /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];

/** A small fetch-based client: one POST per operation, JSON in and out, typed by the generated documents. */
export function createClient(options: ClientOptions): KehouClient {
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));
  const tokenOf = async () => (typeof options.token === 'function' ? await options.token() : options.token);

  return {
    async request<Result, Variables>(document: TypedDocument<Result, Variables>, ...args: unknown[]): Promise<Result> {
      const [variables, requestOptions = {}] = args as [Variables | undefined, RequestOptions | undefined];
      const query = document.toString();
      const name = operationName(query);
      const token = await tokenOf();
      let response: Response;
      try {
        response = await fetchImpl(options.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            ...(name ? { 'x-apollo-operation-name': name } : {}),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...options.headers,
            ...requestOptions.headers,
          },
          body: JSON.stringify({ query, variables: variables ?? {}, ...(name ? { operationName: name } : {}) }),
          signal: requestOptions.signal,
        });
      } catch (error) {
        throw new NetworkError('NETWORK', error instanceof Error ? error.message : String(error));
      }
      const body = (await response.json().catch(() => null)) as { data?: Result | null; errors?: GraphQLErrorBody[] } | null;
      if (body?.errors?.length) throw errorFromResponse(body.errors, response.status);
      // Gateways answer some refusals themselves, without a GraphQL body.
      if (response.status === 401) throw new UnauthenticatedError('UNAUTHENTICATED', 'The API refused the token (HTTP 401)', { status: 401 });
      if (response.status === 429) throw new RateLimitedError('RATE_LIMITED', 'Too many requests (HTTP 429)', { status: 429 });
      if (!response.ok || !body?.data)
        throw new ServerError('INTERNAL_SERVER_ERROR', `The API answered HTTP ${response.status} without data`, { status: response.status });
      return body.data;
    },
  };
}

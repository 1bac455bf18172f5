import { Agent, request } from 'node:http';

export interface GraphQLClient {
  /** Posts one operation; resolves with `data`, rejects on an HTTP error or any GraphQL error. */
  <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { token?: string }): Promise<T>;
  close(): void;
}

/**
 * A minimal GraphQL-over-HTTP client on node:http with keep-alive: fetch (undici) costs noticeably more CPU per
 * request, and on two cores the client's overhead would be charged to the server under test.
 */
export function graphqlClient(url: string, defaults: { token?: string; maxSockets?: number } = {}): GraphQLClient {
  const agent = new Agent({ keepAlive: true, maxSockets: defaults.maxSockets ?? 64 });
  const target = new URL(url);
  const post = (<T>(query: string, variables: Record<string, unknown> = {}, options: { token?: string } = {}) =>
    new Promise<T>((resolve, reject) => {
      const body = JSON.stringify({ query, variables });
      const token = options.token ?? defaults.token;
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(token ? { authorization: `Bearer ${token}` } : {}),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            try {
              const parsed = JSON.parse(text) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
              if (parsed.errors?.length) {
                const first = parsed.errors[0];
                return reject(new Error(`${first.extensions?.code ?? 'ERROR'}: ${first.message}`));
              }
              if (res.statusCode !== 200 || !parsed.data) return reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
              resolve(parsed.data);
            } catch {
              reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 200)}`));
            }
          });
        },
      );
      req.on('error', reject);
      req.end(body);
    })) as GraphQLClient;
  post.close = () => agent.destroy();
  return post;
}

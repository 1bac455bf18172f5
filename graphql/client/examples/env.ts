/** Settings shared by the examples: where the API is and, for signed-in examples, a token. */
export const apiUrl = process.env.KEHOU_API_URL ?? 'http://localhost:4000/graphql';
/** Deployed, the anonymous survey operations have their own endpoint (`PublicGraphqlUrl` output). */
export const publicApiUrl = process.env.KEHOU_PUBLIC_API_URL ?? apiUrl;

export function required(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set ${name} (see graphql/client/README.md).`);
    process.exit(2);
  }
  return value;
}

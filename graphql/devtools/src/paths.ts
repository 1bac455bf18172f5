import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** graphql/devtools/src → the repository root. */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** The published schema, generated from graphql/*.graphql by `npm run codegen`. */
export const publishedSchemaFile = join(repoRoot, 'graphql', 'schema.graphql');
/** The last released schema: the baseline outside apps were built against. */
export const releasedSchemaFile = join(repoRoot, 'graphql', 'released', 'schema.graphql');
/** Build output of this workspace (GraphiQL page, reference docs). */
export const devtoolsDist = join(repoRoot, 'graphql', 'devtools', 'dist');

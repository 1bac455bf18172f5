import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (functions/src/local → ../../..). */
export const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

/** Local state: the engine's files, the dev token secret, uploaded documents. `KEHOU_DATA_DIR` overrides it. */
export const dataDir = (): string => process.env.KEHOU_DATA_DIR || join(repoRoot, '.data');

/** Written by `npm start` while its engine runs: `{ endpoint, pid, tableName }`. */
export const engineFile = (): string => join(dataDir(), 'engine.json');

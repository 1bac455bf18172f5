/**
 * `npm run schema:release`: makes the current published schema the released baseline that later changes
 * are checked against. Run it when a release goes out (and commit the file with the release).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { publishedSchemaFile, releasedSchemaFile } from './paths';

mkdirSync(dirname(releasedSchemaFile), { recursive: true });
copyFileSync(publishedSchemaFile, releasedSchemaFile);
console.log(`Released: ${publishedSchemaFile} → ${releasedSchemaFile}`);

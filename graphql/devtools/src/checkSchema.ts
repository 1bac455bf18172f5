/**
 * `npm run schema:check`: the published schema against the last released one. Exits 1 on a breaking change
 * and says what to do (README "API" → deprecation policy).
 */
import { readFileSync } from 'node:fs';
import { publishedSchemaFile, releasedSchemaFile } from './paths';
import { compareSchemas, describeChanges } from './schemaDiff';

const report = await compareSchemas(readFileSync(releasedSchemaFile, 'utf8'), readFileSync(publishedSchemaFile, 'utf8'));
console.log(
  `Schema vs graphql/released/schema.graphql: ${report.breaking.length} breaking, ${report.dangerous.length} dangerous, ${report.safe.length} safe change(s).`,
);
if (report.dangerous.length) console.log(`Dangerous (allowed):\n${describeChanges(report.dangerous)}`);
if (report.breaking.length) {
  console.error(`Breaking:\n${describeChanges(report.breaking)}`);
  console.error(
    'Deprecate instead (`@deprecated(reason: "Use … instead")`) and remove in a later release; see README "API". ' +
      'A break agreed with every front-end team is released with `npm run schema:release`.',
  );
  process.exit(1);
}

import { CriticalityLevel, diff, DiffRule, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

/** What changed between the released schema and the current one, by what it means for existing clients. */
export interface SchemaReport {
  /** Changes that break a client built against the released schema: `npm test` fails on any. */
  breaking: Change[];
  /** Allowed, but a client may notice (a new enum value, removing a field after its deprecation). */
  dangerous: Change[];
  safe: Change[];
}

/**
 * Compares two SDL texts with graphql-inspector. The deprecation policy (README "API") is applied here:
 * removing a field, input field or enum value that was already `@deprecated` in the released schema is
 * downgraded to dangerous; every other breaking change stays breaking.
 */
export async function compareSchemas(releasedSdl: string, currentSdl: string): Promise<SchemaReport> {
  const changes = await diff(buildSchema(releasedSdl), buildSchema(currentSdl), [DiffRule.suppressRemovalOfDeprecatedField]);
  const by = (level: CriticalityLevel) => changes.filter((change) => change.criticality.level === level);
  return { breaking: by(CriticalityLevel.Breaking), dangerous: by(CriticalityLevel.Dangerous), safe: by(CriticalityLevel.NonBreaking) };
}

/** One line per change, for the terminal and test failures. */
export function describeChanges(changes: Change[]): string {
  return changes.map((change) => `  - ${change.message}${change.criticality.reason ? ` (${change.criticality.reason})` : ''}`).join('\n');
}

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as adminEnums from '../../admin/src/generated/enumValues';
import { roles } from '../src/auth/viewer';
import { weekdays } from '../src/policy/policyEntity';
import { complianceRuleCodes } from '../src/compliance/rules/ruleTypes';
import { exitTriggers } from '../src/exits/exitEntity';
import * as enums from '../src/generated/enumValues';

/** Every enum as the SDL modules write it, values in their written order (graphql/*.graphql, not the sorted print). */
function writtenEnums(): Map<string, string[]> {
  const dir = join(import.meta.dirname, '../../graphql');
  const written = new Map<string, string[]>();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.graphql') && name !== 'schema.graphql')) {
    for (const definition of parse(readFileSync(join(dir, file), 'utf8')).definitions) {
      if (definition.kind !== Kind.ENUM_TYPE_DEFINITION && definition.kind !== Kind.ENUM_TYPE_EXTENSION) continue;
      const values = (definition.values ?? []).map((value) => value.name.value);
      written.set(definition.name.value, [...(written.get(definition.name.value) ?? []), ...values]);
    }
  }
  return written;
}

describe('enum values generated from the SDL', () => {
  const constName = (typeName: string) => `${typeName[0].toLowerCase()}${typeName.slice(1)}Values`;

  it('gives every SDL enum one array, in the order the SDL writes it, the same for the functions and the console', () => {
    const written = writtenEnums();
    expect(written.size).toBeGreaterThan(40);
    const generated = enums as Record<string, readonly string[]>;
    expect(Object.keys(generated).sort()).toEqual([...written.keys()].map(constName).sort());
    for (const [name, values] of written) expect(generated[constName(name)], name).toEqual(values);
    expect(adminEnums).toEqual(enums);
  });

  it('is what the entities, the rules and the roles use', () => {
    expect(weekdays).toBe(enums.weekdayValues);
    expect(weekdays[0]).toBe('MONDAY');
    expect(exitTriggers).toBe(enums.providerExitTriggerValues);
    expect(complianceRuleCodes).toBe(enums.complianceIssueKindValues);
    // The roles keep their own order (strongest first: who signs in with which role), over exactly the SDL's values.
    expect([...roles].sort()).toEqual([...enums.roleValues].sort());
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getNamedType, isEnumType, isInterfaceType, isObjectType, type GraphQLNamedType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { auditSummaryTemplates } from '../../../functions/src/audit/auditSummaries';
import { chineseMessages, loadEnglishMessages } from '../i18n';
import { enumGroupOf, resourceOfEntity } from './auditFormat';

const schema = buildSchema(readFileSync(join(__dirname, '../../../graphql/schema.graphql'), 'utf8'));

/** A message by its dotted key (summary keys contain dots themselves). */
function lookup(tree: object, path: string): string | undefined {
  const summaries = /^app\.audit\.summaries\.(.+)$/.exec(path);
  if (summaries) return (tree as { app: { audit: { summaries: Record<string, string> } } }).app.audit.summaries[summaries[1]];
  let node: unknown = tree;
  for (const part of path.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const isNode = (type: GraphQLNamedType) => isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');
/** Fields a stored record has (what an audit change can name): not the references resolved from ids (`school`, `provider`). */
function storedFields(typeName: string) {
  const type = schema.getType(typeName);
  if (!type || !isObjectType(type)) return [];
  return Object.values(type.getFields()).filter(
    (field) =>
      !isNode(getNamedType(field.type)) &&
      !['id', 'version', 'createdAt', 'updatedAt'].includes(field.name) &&
      !isInterfaceType(getNamedType(field.type)) &&
      !getNamedType(field.type).name.endsWith('Connection'),
  );
}

describe('the audit trail reads in the user’s language', () => {
  it('has a sentence for every summary key the API writes, in both languages, with the same parameters', async () => {
    const english = await loadEnglishMessages();
    const problems: string[] = [];
    for (const [key, template] of Object.entries(auditSummaryTemplates)) {
      const expected = [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const [language, tree] of [
        ['zh-CN', chineseMessages],
        ['en', english],
      ] as const) {
        const message = lookup(tree, `app.audit.summaries.${key}`);
        if (!message) problems.push(`${language}: no message for ${key}`);
        else if (JSON.stringify([...message.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]).sort()) !== JSON.stringify(expected))
          problems.push(`${language}: ${key} has other parameters than ${expected}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('labels every field of every audited record type, and names every value of their enums', async () => {
    const english = await loadEnglishMessages();
    const missing: string[] = [];
    for (const [typeName, resource] of Object.entries(resourceOfEntity)) {
      for (const field of storedFields(typeName)) {
        for (const [language, tree] of [
          ['zh-CN', chineseMessages],
          ['en', english],
        ] as const) {
          if (!lookup(tree, `resources.${resource}.fields.${field.name}`)) missing.push(`${language}: ${typeName}.${field.name}`);
          const named = getNamedType(field.type);
          if (isEnumType(named)) {
            for (const value of named.getValues()) {
              const key = named.name === 'Role' ? `app.roles.${value.name}` : `app.enums.${enumGroupOf(named.name)}.${value.name}`;
              if (!lookup(tree, key)) missing.push(`${language}: ${key}`);
            }
          }
        }
      }
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSchemaFile, releasedSchemaFile } from '../src/paths';
import { compareSchemas, describeChanges } from '../src/schemaDiff';

const released = `
  type Query {
    "A school."
    school(id: ID!): School
    schools(first: Int = 20): [School!]!
  }
  type School {
    id: ID!
    name: String!
    fax: String @deprecated(reason: "Schools no longer report a fax number.")
    kind: SchoolKind!
  }
  enum SchoolKind { PRIMARY MIDDLE NINE_YEAR }
  input SchoolInput { name: String! code: String }
`;
const edit = (from: string, to: string) => {
  expect(released).toContain(from);
  return released.replace(from, to);
};

describe('breaking-change check against the released schema', () => {
  it('finds nothing breaking in the published schema (graphql/schema.graphql vs graphql/released/)', async () => {
    const report = await compareSchemas(readFileSync(releasedSchemaFile, 'utf8'), readFileSync(publishedSchemaFile, 'utf8'));
    expect(report.breaking, describeChanges(report.breaking)).toEqual([]);
  });

  it('lets additions through: a new field, a new optional argument, a new type', async () => {
    const next = edit('name: String!', 'name: String!\n    principal: String') + '\n type Term { id: ID! }';
    const report = await compareSchemas(released, next.replace('schools(first: Int = 20)', 'schools(first: Int = 20, after: String)'));
    expect(report.breaking).toEqual([]);
    expect([...report.safe, ...report.dangerous].map((change) => change.path)).toEqual(
      expect.arrayContaining(['School.principal', 'Term', 'Query.schools.after']),
    );
  });

  it('flags removing a field, renaming an enum value, a new required argument and a narrower input', async () => {
    const cases = [
      edit('name: String!', ''),
      edit('NINE_YEAR', 'NINEYEAR'),
      edit('school(id: ID!)', 'school(id: ID!, termId: ID!)'),
      edit('code: String }', 'code: String! }'),
      edit('school(id: ID!): School', 'school(id: ID!): Term'),
    ];
    for (const next of cases) {
      const report = await compareSchemas(released, next.includes('Term') ? `${next}\n type Term { id: ID! }` : next);
      expect(report.breaking.length, next).toBeGreaterThan(0);
    }
  });

  it('allows removing a field that was already deprecated in the released schema (the deprecation policy)', async () => {
    const report = await compareSchemas(released, edit('fax: String @deprecated(reason: "Schools no longer report a fax number.")', ''));
    expect(report.breaking).toEqual([]);
    expect(report.dangerous.map((change) => change.path)).toEqual(['School.fax']);
  });

  it('reports an added enum value as dangerous, not breaking (clients must handle values they do not know)', async () => {
    const report = await compareSchemas(released, edit('NINE_YEAR }', 'NINE_YEAR TWELVE_YEAR }'));
    expect(report.breaking).toEqual([]);
    expect(report.dangerous.map((change) => change.path)).toEqual(['SchoolKind.TWELVE_YEAR']);
  });
});

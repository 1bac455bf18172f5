import { expect } from 'vitest';
import { localDate } from '../../src/core/clock';
import type { Viewer } from '../../src/auth/viewer';
import { districtAdmin, schoolAdminOf, type TestApi } from './api';
import type { LeakPeople } from './leakPeople';
import type { LeakNamed } from './leakNamed';

/**
 * Money in the leak world (SPEC §3.8, §4): under a monthly fee, November's bills of A and B (one each: sA1 at A, sB1 at
 * B), both schools' stipend sheets, and a published disclosure (公示) of each. Bills name a child: the district, the
 * school's admin and the child's guardian only. Stipend sheets: the district and the school's admin. Disclosures:
 * the district and the school's admins, teachers and families (public by code anyway).
 */
export async function buildMoney(api: TestApi, named: LeakNamed, people: LeakPeople) {
  const ok = async (query: string, variables: Record<string, unknown>, viewer: Viewer = districtAdmin) => {
    const result = await api.exec(query, variables, viewer);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    // `any` on purpose: GraphQL response data (or a CloudFormation template) read by field name; the query fixes the shape, the test asserts it.
    return Object.values(result.data!)[0] as Record<string, any>;
  };
  const { version } = await ok('{ districtPolicy { version } }', {});
  await ok('mutation($v: Int!) { updateDistrictPolicy(input: { feeModel: MONTHLY, monthlyFee: 80 }, expectedVersion: $v) { version } }', { v: version });
  // The children are approved today (the workflow stamps it): this month is the one they are billed for.
  const month = localDate().slice(0, 7);
  const billOf = async (schoolId: string, studentId: string) => {
    await ok('mutation($s: ID!, $m: String!) { generateBills(schoolId: $s, month: $m) { billCount } }', { s: schoolId, m: month }, schoolAdminOf(schoolId));
    const bills = await ok('query($s: ID!) { bills(filter: { studentId: $s }) { nodes { id } } }', { s: studentId });
    return bills.nodes[0].id as string;
  };
  const sheetOf = async (schoolId: string) =>
    (await ok('query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { id } }', { s: schoolId, m: month })).id as string;
  const disclosureOf = async (schoolId: string, termId: string) =>
    (await ok('mutation($s: ID!, $t: ID!) { publishDisclosure(schoolId: $s, termId: $t) { id } }', { s: schoolId, t: termId })).id as string;
  const { A, B } = named;
  return {
    month,
    billA1: await billOf(A.id, people.sA1.id),
    billB1: await billOf(B.id, people.sB1.id),
    sheetA: await sheetOf(A.id),
    sheetB: await sheetOf(B.id),
    disclosureA: await disclosureOf(A.id, A.termId),
    disclosureB: await disclosureOf(B.id, B.termId),
  };
}

export type LeakMoney = Awaited<ReturnType<typeof buildMoney>>;

export const moneyIds = (m: LeakMoney): Record<string, string[]> => ({
  // (ids only: `month` is the walk's string for `month:` arguments)
  Bill: [m.billA1, m.billB1],
  StipendSheet: [m.sheetA, m.sheetB],
  Disclosure: [m.disclosureA, m.disclosureB],
});

/** What each role may and may not see of money, by role name of the leak world. */
export function moneyRoles(m: LeakMoney): Record<string, { forbidden: string[]; expected: string[] }> {
  return {
    'school admin of A': { forbidden: [m.billB1, m.sheetB, m.disclosureB], expected: [m.billA1, m.sheetA, m.disclosureA] },
    'provider user of P1': { forbidden: [m.billA1, m.billB1, m.sheetA, m.sheetB, m.disclosureA, m.disclosureB], expected: [] },
    anonymous: { forbidden: [], expected: [] },
    'class teacher of A1': { forbidden: [m.billA1, m.billB1, m.sheetA, m.sheetB, m.disclosureB], expected: [m.disclosureA] },
    'guardian of sA1': { forbidden: [m.billB1, m.sheetA, m.sheetB, m.disclosureB], expected: [m.billA1, m.disclosureA] },
  };
}

import { expect } from 'vitest';
import { localDate } from '../../src/core/clock';
import { randomToken } from '../../src/core/ids';
import type { Viewer } from '../../src/auth/viewer';
import { districtAdmin, schoolAdminOf, type TestApi } from './api';
import type { LeakPeople } from './leakPeople';
import type { LeakNamed } from './leakNamed';

/**
 * Money in the leak world (SPEC §3.8, §4): under a monthly fee, November's bills of A and B (one each: sA1 at A, sB1 at
 * B), both schools' stipend sheets, and a published disclosure (公示) of each. Bills name a child: the district, the
 * school's admin and the child's guardian only. Stipend sheets: the district and the school's admin. Disclosures:
 * the district and the school's admins, teachers and families (public by code anyway).
 * The sheets and the provider statements of P1 (schools A and B) and P2 (B) are confirmed and corrected with marked
 * reasons, so their audit trails exist: a sheet's trail is its school admin's; a statement's is the district's and its
 * provider's — a school admin reads only their school's lines and corrections of a statement, never its trail.
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
  const { A, B, P1, P2, cA1, cB1, cB2 } = named;
  const built = {
    month,
    billA1: await billOf(A.id, people.sA1.id),
    billB1: await billOf(B.id, people.sB1.id),
    sheetA: await sheetOf(A.id),
    sheetB: await sheetOf(B.id),
    disclosureA: await disclosureOf(A.id, A.termId),
    disclosureB: await disclosureOf(B.id, B.termId),
  };
  // After the disclosures (they sum confirmed sheets): confirm and correct the sheets and statements.
  const trailOf = async (id: string) => (await api.services.repositories.audit.list(id, { first: 10 })).items.map((item) => item.record.id);
  const correctedSheet = async (sheetId: string, schoolId: string, label: string) => {
    const reason = `stipendFix${label}-${randomToken(8)}`;
    await ok('mutation($id: ID!) { confirmStipendSheet(id: $id) { id } }', { id: sheetId }, schoolAdminOf(schoolId));
    await ok('mutation($id: ID!, $r: String!) { addStipendAdjustment(id: $id, staffName: "外聘教练", amount: 85, reason: $r, expectedVersion: 1) { id } }', {
      id: sheetId,
      r: reason,
    });
    const sheet = await ok('query($s: ID!, $m: String!) { stipendSheet(schoolId: $s, month: $m) { adjustments { id } } }', { s: schoolId, m: month });
    return { reason, adjustmentId: sheet.adjustments[0].id as string, events: await trailOf(sheetId) };
  };
  const statementOf = async (providerId: string, corrections: [string, string][]) => {
    const { id } = await ok('query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { id } }', { p: providerId, m: month });
    await ok('mutation($id: ID!) { confirmProviderStatement(id: $id) { id } }', { id });
    const reasons: string[] = [];
    for (const [index, [contractId, label]] of corrections.entries()) {
      const reason = `statementFix${label}-${randomToken(8)}`;
      const query =
        'mutation($id: ID!, $c: ID!, $r: String!, $v: Int!) { addProviderStatementAdjustment(id: $id, contractId: $c, amount: 60, reason: $r, expectedVersion: $v) { id } }';
      await ok(query, { id, c: contractId, r: reason, v: index + 1 });
      reasons.push(reason);
    }
    const lines = await ok('query($p: ID!, $m: String!) { providerStatement(providerId: $p, month: $m) { adjustments { id } } }', { p: providerId, m: month });
    const adjustmentIds = (lines.adjustments as { id: string }[]).map((line) => line.id);
    return { id: id as string, reasons, adjustmentIds, events: await trailOf(id) };
  };
  const fixA = await correctedSheet(built.sheetA, A.id, 'A');
  const fixB = await correctedSheet(built.sheetB, B.id, 'B');
  const statementP1 = await statementOf(P1.id, [
    [cA1.id, 'P1A'],
    [cB1.id, 'P1B'],
  ]);
  const statementP2 = await statementOf(P2.id, [[cB2.id, 'P2B']]);
  return { ...built, fixA, fixB, statementP1, statementP2 };
}

export type LeakMoney = Awaited<ReturnType<typeof buildMoney>>;

export const moneyIds = (m: LeakMoney): Record<string, string[]> => ({
  // (ids only: `month` is the walk's string for `month:` arguments)
  Bill: [m.billA1, m.billB1],
  StipendSheet: [m.sheetA, m.sheetB],
  ProviderStatement: [m.statementP1.id, m.statementP2.id],
  Disclosure: [m.disclosureA, m.disclosureB],
  // The correction lines are nodes too (`node(id:)`), on their sheet's or statement's access rule.
  StipendAdjustment: [m.fixA.adjustmentId, m.fixB.adjustmentId],
  ProviderStatementAdjustment: [...m.statementP1.adjustmentIds, ...m.statementP2.adjustmentIds],
});

/** The audit events of the sheets and statements (walked through `node` too; the world adds them to its event pool). */
export const moneyAuditIds = (m: LeakMoney): string[] => [...m.fixA.events, ...m.fixB.events, ...m.statementP1.events, ...m.statementP2.events];

/** What each role may and may not see of money, by role name of the leak world. */
export function moneyRoles(m: LeakMoney): Record<string, { forbidden: string[]; expected: string[] }> {
  const { fixA, fixB, statementP1: p1, statementP2: p2 } = m;
  const [p1AtA, p1AtB] = p1.reasons;
  const [lineP1AtA, lineP1AtB] = p1.adjustmentIds;
  const lines = [fixA.adjustmentId, fixB.adjustmentId, ...p1.adjustmentIds, ...p2.adjustmentIds];
  // Sheets and statements with their trails and corrections: nothing of them for teachers, families and the public.
  const sheetsAndStatements = [...moneyAuditIds(m), fixA.reason, fixB.reason, ...p1.reasons, ...p2.reasons, p1.id, p2.id, ...lines];
  return {
    'school admin of A': {
      // P1's and P2's statements show A's lines only (P2 has none): their ids, not their trails or B's corrections.
      forbidden: [
        ...[m.billB1, m.sheetB, m.disclosureB, ...fixB.events, fixB.reason, fixB.adjustmentId],
        ...[...p1.events, p1AtB, lineP1AtB, ...p2.events, ...p2.reasons, ...p2.adjustmentIds],
      ],
      expected: [m.billA1, m.sheetA, m.disclosureA, ...fixA.events, fixA.reason, fixA.adjustmentId, p1.id, p1AtA, lineP1AtA],
    },
    'provider user of P1': {
      forbidden: [
        ...[m.billA1, m.billB1, m.sheetA, m.sheetB, m.disclosureA, m.disclosureB],
        ...[...fixA.events, ...fixB.events, fixA.reason, fixB.reason, fixA.adjustmentId, fixB.adjustmentId],
        ...[p2.id, ...p2.events, ...p2.reasons, ...p2.adjustmentIds],
      ],
      expected: [p1.id, ...p1.events, ...p1.reasons, ...p1.adjustmentIds],
    },
    anonymous: { forbidden: sheetsAndStatements, expected: [] },
    'class teacher of A1': { forbidden: [m.billA1, m.billB1, m.sheetA, m.sheetB, m.disclosureB, ...sheetsAndStatements], expected: [m.disclosureA] },
    'duty leader of A': { forbidden: [m.billA1, m.billB1, m.sheetA, m.sheetB, m.disclosureB, ...sheetsAndStatements], expected: [m.disclosureA] },
    'teacher of A’s care session': { forbidden: [m.billA1, m.billB1, m.sheetA, m.sheetB, m.disclosureB, ...sheetsAndStatements], expected: [m.disclosureA] },
    'guardian of sA1': { forbidden: [m.billB1, m.sheetA, m.sheetB, m.disclosureB, ...sheetsAndStatements], expected: [m.billA1, m.disclosureA] },
  };
}

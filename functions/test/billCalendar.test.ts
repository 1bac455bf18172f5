import { describe, expect, it } from 'vitest';
import type { Viewer } from '../src/auth/viewer';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';
import { BILL_FIELDS, billsOf, calendarSchool, GENERATE_BILLS, setPolicy } from './support/bills';
import { createGuardian, linkGuardian, ok } from './support/people';

/**
 * Bills on the term calendar (SPEC §3.8), with every figure worked out by hand from the rules: PER_DAY bills the daily
 * fee per service day the child was enrolled for (holidays out, make-up days in, from the approval, before the
 * withdrawal); MONTHLY bills the month and refunds a withdrawal by the district's rule (in full up to day 10, pro rata
 * after); the hardship discount is rounded to the fen in the family's favour.
 */
const WITHDRAW = 'mutation($id: ID!, $f: Date) { withdrawApplication(id: $id, from: $f, reason: "搬家") { status } }';
const PAY = `mutation($b: ID!, $r: String!, $v: Int) { recordPayment(billId: $b, reference: $r, expectedVersion: $v) { ${BILL_FIELDS} } }`;
const WAIVE = `mutation($b: ID!, $r: String!, $v: Int) { waiveBill(billId: $b, reason: $r, expectedVersion: $v) { ${BILL_FIELDS} } }`;
const byStudent = async (api: TestApi, schoolId: string, month: string) => new Map((await billsOf(api, schoolId, month)).map((bill) => [bill.studentId, bill]));

describe('PER_DAY bills on the term calendar (worked by hand)', () => {
  it('bills the enrolled service days: holidays out, make-up days in, from the approval, before a withdrawal', async () => {
    const api = await createTestApi();
    await setPolicy(api, { feeModel: 'PER_DAY', dailyFee: 15.55, hardshipDiscountPercent: 50 });
    const { schoolId, admin, child } = await calendarSchool(api);
    const days = ['MONDAY', 'WEDNESDAY'];
    // November's Monday-timetable days: 2, 9, 14 (make-up), 23, 30 — the 16th is a holiday; Wednesdays: 4, 11, 18, 25.
    const a = await child(false, days);
    const b = await child(true, days);
    const c = await child(false, days, '2026-11-12T02:00:00.000Z'); // approved on the 12th: 14, 18, 23, 25, 30
    const d = await child(false, days);
    const e = await child(true, days);
    expect((await api.exec(WITHDRAW, { id: e.applicationId, f: '2026-11-18' }, admin)).errors).toBeUndefined();

    // A 9 × 15.55 = 139.95. B the same, half off: 69.975 → the family pays 69.97, the discount is 69.98.
    // C 5 days = 77.75. D 139.95 (withdraws after the bills). E left from the 18th: 2, 4, 9, 11, 14 → 77.75, half
    // off: 38.875 → pays 38.87. Sum 139.95 + 69.97 + 77.75 + 139.95 + 38.87 = 466.49.
    const generated = await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-11' }, admin);
    expect(generated).toMatchObject({ createdCount: 5, billCount: 5, totalAmount: 466.49 });
    let bills = await byStudent(api, schoolId, '2026-11');
    expect(bills.get(a.studentId)).toMatchObject({ enrolledDays: 9, billedDays: 9, fullAmount: 139.95, discount: 0, amount: 139.95 });
    expect(bills.get(b.studentId)).toMatchObject({ enrolledDays: 9, fullAmount: 139.95, discount: 69.98, amount: 69.97, hardship: true });
    expect(bills.get(c.studentId)).toMatchObject({ enrolledDays: 5, billedDays: 5, amount: 77.75 });
    expect(bills.get(e.studentId)).toMatchObject({ enrolledDays: 9, billedDays: 5, fullAmount: 77.75, discount: 38.88, amount: 38.87, refund: 0 });

    // D leaves from the 18th: 18, 23, 25 and 30 are refunded, 4 × 15.55 = 62.20.
    expect((await api.exec(WITHDRAW, { id: d.applicationId, f: '2026-11-18' }, admin)).errors).toBeUndefined();
    bills = await byStudent(api, schoolId, '2026-11');
    expect(bills.get(d.studentId)).toMatchObject({ amount: 139.95, refund: 62.2, netAmount: 77.75 });
    expect(await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-11' }, admin)).toMatchObject({
      createdCount: 0,
      refundedCount: 0,
      billCount: 5,
      totalAmount: 404.29,
    });

    // December: Mondays 7, 14, 21, 28 and Wednesdays 2, 9, 16, 23, 30 — 9 days for A, B and C; D and E have left.
    const december = await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-12' }, admin);
    expect(december).toMatchObject({ createdCount: 3, billCount: 3, totalAmount: 139.95 + 69.97 + 139.95 });
  });
});

describe('MONTHLY bills, withdrawals and payments (worked by hand)', () => {
  it('refunds in full up to the deadline day, pro rata after; a mid-month start pays the month; a waived bill refunds nothing', async () => {
    const api = await createTestApi();
    await setPolicy(api, { feeModel: 'MONTHLY', monthlyFee: 80, hardshipDiscountPercent: 50, refundDeadlineDay: 10 });
    const { schoolId, admin, child } = await calendarSchool(api);
    const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
    const p = await child(false, weekdays);
    const q = await child(false, weekdays);
    const r = await child(true, weekdays);
    const s = await child(false, weekdays, '2026-11-20T02:00:00.000Z');
    const t = await child(false, weekdays);
    expect(await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-11' }, admin)).toMatchObject({ billCount: 5, totalAmount: 80 * 4 + 40 });
    let bills = await byStudent(api, schoolId, '2026-11');
    // November: 21 weekdays, less the 16th, plus the make-up 14th = 21 enrolled days; S from the 20th: 20, 23–27, 30.
    expect(bills.get(p.studentId)).toMatchObject({ enrolledDays: 21, amount: 80 });
    expect(bills.get(s.studentId)).toMatchObject({ enrolledDays: 7, amount: 80 });

    await ok(api, PAY, { b: bills.get(q.studentId)!.id, r: '收据 1101' }, admin);
    await ok(api, WAIVE, { b: bills.get(t.studentId)!.id, r: '家庭突发困难' }, admin);
    for (const [application, from] of [
      [p.applicationId, '2026-11-10'],
      [q.applicationId, '2026-11-11'],
      [r.applicationId, '2026-11-11'],
      [t.applicationId, '2026-11-20'],
    ]) {
      expect((await api.exec(WITHDRAW, { id: application, f: from }, admin)).errors).toBeUndefined();
    }
    bills = await byStudent(api, schoolId, '2026-11');
    // P left from the 10th (the deadline day): all 80 back.
    expect(bills.get(p.studentId)).toMatchObject({ amount: 80, refund: 80, netAmount: 0, status: 'UNPAID' });
    // Q left from the 11th: 7 of 21 days used (2–6, 9, 10): 80 × 7 ÷ 21 = 26.666… → 26.66 charged, 53.34 back.
    expect(bills.get(q.studentId)).toMatchObject({ amount: 80, refund: 53.34, netAmount: 26.66, status: 'PAID' });
    // R (hardship) the same days: 26.66 charged, half off → 13.33; 40 billed, 26.67 back.
    expect(bills.get(r.studentId)).toMatchObject({ amount: 40, refund: 26.67, netAmount: 13.33 });
    // T's bill was waived: nothing was charged, so nothing is refunded.
    expect(bills.get(t.studentId)).toMatchObject({ status: 'WAIVED', refund: 0 });
    // December: only S is still enrolled.
    expect(await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-12' }, admin)).toMatchObject({ billCount: 1, totalAmount: 80 });
  });

  it('the district sets the deadline day (1–28); a bill keeps the rule it was made under', async () => {
    const api = await createTestApi();
    await setPolicy(api, { feeModel: 'MONTHLY', monthlyFee: 80, hardshipDiscountPercent: 50, refundDeadlineDay: 20 });
    for (const day of [0, 29]) {
      const { version } = await ok<{ version: number }>(api, '{ districtPolicy { version } }');
      const refused = await api.exec(
        'mutation($d: Int, $v: Int!) { updateDistrictPolicy(input: { refundDeadlineDay: $d }, expectedVersion: $v) { version } }',
        {
          d: day,
          v: version,
        },
      );
      expect([codeOf(refused), fieldOf(refused)]).toEqual(['BAD_USER_INPUT', 'refundDeadlineDay']);
    }
    const { schoolId, admin, child } = await calendarSchool(api);
    const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
    const early = await child(false, weekdays);
    const late = await child(false, weekdays);
    await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-11' }, admin);
    await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-12' }, admin);
    // The policy moves the deadline back to the 10th after the bills were made: they keep the 20th.
    await setPolicy(api, { refundDeadlineDay: 10 });
    await ok(api, WITHDRAW, { id: early.applicationId, f: '2026-11-18' }, admin);
    await ok(api, WITHDRAW, { id: late.applicationId, f: '2026-11-23' }, admin);
    const bills = await byStudent(api, schoolId, '2026-11');
    // From the 18th (≤ 20): all 80 back. From the 23rd: 2–6, 9–13, 14 (make-up), 17–20 = 15 of 21 days used,
    // 80 × 15 ÷ 21 = 57.142… → 57.14 charged, 22.86 back.
    expect(bills.get(early.studentId)).toMatchObject({ refund: 80, netAmount: 0 });
    expect(bills.get(late.studentId)).toMatchObject({ refund: 22.86, netAmount: 57.14 });
    // December was billed before they left: refunded in full.
    const december = await byStudent(api, schoolId, '2026-12');
    for (const { studentId } of [early, late]) expect(december.get(studentId)).toMatchObject({ amount: 80, refund: 80, netAmount: 0 });
  });

  it('a payment or waiver with a bad input, a stale version or the wrong viewer is refused with its code and changes nothing', async () => {
    const api = await createTestApi();
    await setPolicy(api, { feeModel: 'MONTHLY', monthlyFee: 80, hardshipDiscountPercent: 50, refundDeadlineDay: 10 });
    const { schoolId, admin, teacher: staff, child } = await calendarSchool(api);
    const teacher = staff.viewer;
    const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];
    const owing = await child(false, weekdays);
    const refunded = await child(false, weekdays);
    await ok(api, GENERATE_BILLS, { s: schoolId, m: '2026-11' }, admin);
    expect((await api.exec(WITHDRAW, { id: refunded.applicationId, f: '2026-11-02' }, admin)).errors).toBeUndefined();
    const bills = await byStudent(api, schoolId, '2026-11');
    const bill = bills.get(owing.studentId)!;
    const guardian = await createGuardian(api);
    await linkGuardian(api, owing.studentId, guardian.viewer);
    const trail = async (id: string) =>
      (await ok<{ totalCount: number }>(api, 'query($id: ID!) { auditEvents(entityId: $id) { totalCount } }', { id })).totalCount;
    const before = { bill: await ok(api, `query($id: ID!) { bill(id: $id) { ${BILL_FIELDS} } }`, { id: bill.id }), events: await trail(bill.id) };

    const refusals: [string, Record<string, unknown>, Viewer | null, string, string?][] = [
      [PAY, { b: bill.id, r: '' }, admin, 'BAD_USER_INPUT', 'reference'],
      [PAY, { b: bill.id, r: '   ' }, admin, 'BAD_USER_INPUT', 'reference'],
      [PAY, { b: bill.id, r: 'x'.repeat(101) }, admin, 'BAD_USER_INPUT', 'reference'],
      [PAY, { b: bill.id, r: '收据 2001', v: bill.version + 1 }, admin, 'CONFLICT', 'expectedVersion'],
      [PAY, { b: 'bil_nosuchbill', r: '收据 2001' }, admin, 'NOT_FOUND'],
      [PAY, { b: bill.id, r: '收据 2001' }, teacher, 'FORBIDDEN'],
      [PAY, { b: bill.id, r: '收据 2001' }, guardian.viewer, 'FORBIDDEN'],
      [PAY, { b: bill.id, r: '收据 2001' }, null, 'UNAUTHENTICATED'],
      [WAIVE, { b: bill.id, r: '' }, admin, 'BAD_USER_INPUT', 'reason'],
      [WAIVE, { b: bill.id, r: '困难', v: 0 }, admin, 'CONFLICT', 'expectedVersion'],
      [WAIVE, { b: bill.id, r: '困难' }, guardian.viewer, 'FORBIDDEN'],
    ];
    for (const [query, variables, viewer, code, field] of refusals) {
      const result = await api.exec(query, variables, viewer);
      expect([codeOf(result), fieldOf(result)], JSON.stringify(variables)).toEqual([code, field]);
    }
    // Nothing is owed on a bill refunded in full: a payment of it is more than owed.
    const nothingOwed = bills.get(refunded.studentId)!;
    expect(nothingOwed).toMatchObject({ refund: 80, netAmount: 0 });
    expect(codeOf(await api.exec(PAY, { b: nothingOwed.id, r: '收据 2002' }, admin))).toBe('INVALID_TRANSITION');
    expect(await ok(api, `query($id: ID!) { bill(id: $id) { status version } }`, { id: nothingOwed.id })).toEqual({
      status: 'UNPAID',
      version: nothingOwed.version,
    });

    expect(await ok(api, `query($id: ID!) { bill(id: $id) { ${BILL_FIELDS} } }`, { id: bill.id })).toEqual(before.bill);
    expect(await trail(bill.id)).toBe(before.events);
    // The reference of a refused payment is still free: the right payment takes it.
    expect(await ok(api, PAY, { b: bill.id, r: '收据 2001', v: bill.version }, admin)).toMatchObject({ status: 'PAID', paymentReference: '收据 2001' });
  });
});

import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { monthCharge, sumFen, toFen, type FeeTerms } from '../src/money/fees';
import { approvedOn, BILL_FIELDS as BILL, BILLS, billsOf, GENERATE_BILLS as GENERATE, setPolicy } from './support/bills';
import { codeOf, createTestApi, fieldOf, districtAdmin, schoolAdminOf } from './support/api';
import { createGuardian, createStudent, enrol, linkGuardian, ok, schoolWithClass } from './support/people';

/** A school under 篇五's MONTHLY 80 with 50 % off for hardship: one ordinary and one hardship child, enrolled since September. */
async function monthlyStage(days = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']) {
  const api = await createTestApi();
  await setPolicy(api, { feeModel: 'MONTHLY', monthlyFee: 80, hardshipDiscountPercent: 50 });
  const stage = await schoolWithClass(api);
  const plain = await createStudent(api, stage.classId, { hardship: false });
  const hardship = await createStudent(api, stage.classId, { hardship: true });
  const applications = [];
  for (const student of [plain, hardship]) {
    const application = await enrol(api, student.id, stage.termId, { days });
    await approvedOn(api, application.id, '2026-09-01T01:00:00.000Z');
    applications.push(application);
  }
  return { api, ...stage, plain, hardship, applications };
}

describe('fee arithmetic (integer fen)', () => {
  const monthly: FeeTerms = { feeModel: 'MONTHLY', unitFeeFen: 8000, discountPercent: 50, refundDeadlineDay: 10 };
  const dates = ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30'];

  it('MONTHLY: the whole fee for an enrolled month, half for hardship; nothing for a month without enrolled days', () => {
    expect(monthCharge(monthly, dates, false)).toMatchObject({ fullFen: 8000, discountFen: 0, amountFen: 8000 });
    expect(monthCharge(monthly, dates, true)).toMatchObject({ fullFen: 8000, discountFen: 4000, amountFen: 4000 });
    expect(monthCharge(monthly, [], false).amountFen).toBe(0);
  });

  it('withdrawal on or before the deadline day refunds the month in full; after it, pro rata by unused days (rounded for the family)', () => {
    expect(monthCharge(monthly, dates, false, '2026-11-09').amountFen).toBe(0);
    expect(monthCharge(monthly, dates, false, '2026-11-16').amountFen).toBe(Math.floor((8000 * 2) / 5));
    expect(monthCharge(monthly, dates, true, '2026-11-30')).toMatchObject({ fullFen: 6400, discountFen: 3200, amountFen: 3200, usedDays: 4, enrolledDays: 5 });
    expect(monthCharge({ ...monthly, unitFeeFen: 10000 }, ['2026-11-02', '2026-11-12', '2026-11-19'], false, '2026-11-19').amountFen).toBe(6666);
    // A withdrawal in an earlier month: nothing is owed for this one.
    expect(monthCharge(monthly, dates, false, '2026-10-20').amountFen).toBe(0);
  });

  it('PER_DAY: the daily fee per enrolled day before the withdrawal', () => {
    const perDay: FeeTerms = { feeModel: 'PER_DAY', unitFeeFen: toFen(15.5), discountPercent: 50, refundDeadlineDay: 10 };
    expect(monthCharge(perDay, dates, false).amountFen).toBe(7750);
    expect(monthCharge(perDay, dates, true, '2026-11-16')).toMatchObject({ fullFen: 3100, discountFen: 1550, amountFen: 1550 });
    // Half of an odd number of fen: the discount takes the half fen, the family pays the smaller share.
    expect(monthCharge({ ...perDay, unitFeeFen: 1555 }, [...dates, ...dates.slice(0, 4)], true)).toMatchObject({
      fullFen: 13995,
      discountFen: 6998,
      amountFen: 6997,
    });
  });

  it('totals of thousands of lines equal the sum of the lines to the fen (no floating drift)', () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) =>
        monthCharge(
          { feeModel: 'PER_DAY', unitFeeFen: toFen(0.1 + (i % 7) * 0.01), discountPercent: 33, refundDeadlineDay: 10 },
          dates.slice(0, 1 + (i % 5)),
          i % 3 === 0,
        ).amountFen,
    );
    const expected = lines.reduce((total, fen) => total + fen, 0);
    expect(Number.isInteger(sumFen(lines))).toBe(true);
    expect(sumFen(lines)).toBe(expected);
    expect(toFen(0.1 + 0.2)).toBe(30);
  });
});

describe('generateBills (SPEC §3.8)', () => {
  it('bills each enrolled child once per month with the hardship discount; a second run bills nobody again', async () => {
    const { api, schoolId, plain, hardship } = await monthlyStage();
    const first = await ok(api, GENERATE, { s: schoolId, m: '2026-10' });
    expect(first).toMatchObject({ createdCount: 2, billCount: 2, totalAmount: 120 });
    const bills = await billsOf(api, schoolId, '2026-10');
    const byStudent = new Map(bills.map((bill) => [bill.studentId, bill]));
    expect(byStudent.get(plain.id)).toMatchObject({
      feeModel: 'MONTHLY',
      unitFee: 80,
      fullAmount: 80,
      discount: 0,
      amount: 80,
      status: 'UNPAID',
      hardship: false,
    });
    expect(byStudent.get(hardship.id)).toMatchObject({ fullAmount: 80, discount: 40, amount: 40, hardship: true });
    // 2026-10-01 is a holiday of the term: October has 21 other weekdays.
    expect(byStudent.get(plain.id)!.enrolledDays).toBe(21);

    const again = await ok(api, GENERATE, { s: schoolId, m: '2026-10' });
    expect(again).toMatchObject({ createdCount: 0, billCount: 2, totalAmount: 120 });
  });

  it('two concurrent runs make one bill per student between them', async () => {
    const { api, schoolId } = await monthlyStage();
    const runs = await Promise.all([
      api.exec(GENERATE, { s: schoolId, m: '2026-11' }),
      api.exec(GENERATE, { s: schoolId, m: '2026-11' }),
      api.exec(GENERATE, { s: schoolId, m: '2026-11' }),
    ]);
    for (const run of runs) expect(run.errors).toBeUndefined();
    expect(runs.reduce((total, run) => total + run.data!.generateBills.createdCount, 0)).toBe(2);
    expect(await billsOf(api, schoolId, '2026-11')).toHaveLength(2);
  });

  it('a later policy change does not rewrite past bills', async () => {
    const { api, schoolId, plain } = await monthlyStage();
    await ok(api, GENERATE, { s: schoolId, m: '2026-09' });
    await setPolicy(api, { monthlyFee: 100, hardshipDiscountPercent: 100 });
    await ok(api, GENERATE, { s: schoolId, m: '2026-10' });
    const september = (await billsOf(api, schoolId, '2026-09')).find((bill) => bill.studentId === plain.id)!;
    const october = (await billsOf(api, schoolId, '2026-10')).find((bill) => bill.studentId === plain.id)!;
    expect([september.amount, october.amount]).toEqual([80, 100]);
    expect((await billsOf(api, schoolId, '2026-09')).map((bill) => bill.amount).sort()).toEqual([40, 80]);
  });

  it('PER_DAY bills the daily fee per enrolled service day (term calendar), FREE refuses with INVALID_TRANSITION', async () => {
    const { api, schoolId, plain } = await monthlyStage(['THURSDAY']);
    await setPolicy(api, { feeModel: 'PER_DAY', dailyFee: 15 });
    await ok(api, GENERATE, { s: schoolId, m: '2026-10' });
    // Thursdays of October 2026: the 1st is a holiday; the 8th, 15th, 22nd and 29th are service days.
    expect((await billsOf(api, schoolId, '2026-10')).find((bill) => bill.studentId === plain.id)).toMatchObject({
      feeModel: 'PER_DAY',
      unitFee: 15,
      enrolledDays: 4,
      amount: 60,
    });
    const { version } = await ok<{ version: number }>(api, '{ districtPolicy { version } }');
    const noFee = await api.exec('mutation($v: Int!) { updateDistrictPolicy(input: { dailyFee: null }, expectedVersion: $v) { version } }', { v: version });
    expect([codeOf(noFee), fieldOf(noFee)]).toEqual(['BAD_USER_INPUT', 'dailyFee']);

    await setPolicy(api, { feeModel: 'FREE' });
    const refused = await api.exec(GENERATE, { s: schoolId, m: '2026-11' });
    expect(codeOf(refused)).toBe('INVALID_TRANSITION');
    expect(await billsOf(api, schoolId, '2026-11')).toHaveLength(0);
    expect(codeOf(await api.exec(GENERATE, { s: schoolId, m: '2026-13' }))).toBe('BAD_USER_INPUT');
  });

  it('payment and waiver are recorded once, with reference and reason; a school admin of another school is refused', async () => {
    const { api, schoolId } = await monthlyStage();
    await ok(api, GENERATE, { s: schoolId, m: '2026-10' });
    const [first, second] = await billsOf(api, schoolId, '2026-10');
    const admin = schoolAdminOf(schoolId);
    const paid = await ok(
      api,
      `mutation($b: ID!, $r: String!) { recordPayment(billId: $b, reference: $r) { ${BILL} } }`,
      { b: first.id, r: '微信支付 4200001234' },
      admin,
    );
    expect(paid).toMatchObject({ status: 'PAID', paymentReference: '微信支付 4200001234', version: first.version + 1 });
    expect(codeOf(await api.exec('mutation($b: ID!) { waiveBill(billId: $b, reason: "x") { id } }', { b: first.id }, admin))).toBe('INVALID_TRANSITION');
    expect(codeOf(await api.exec('mutation($b: ID!) { waiveBill(billId: $b, reason: "  ") { id } }', { b: second.id }, admin))).toBe('BAD_USER_INPUT');
    expect(
      codeOf(await api.exec('mutation($b: ID!) { waiveBill(billId: $b, reason: "家庭突发困难", expectedVersion: 7) { id } }', { b: second.id }, admin)),
    ).toBe('CONFLICT');
    const waived = await ok(api, `mutation($b: ID!) { waiveBill(billId: $b, reason: "家庭突发困难") { ${BILL} } }`, { b: second.id }, admin);
    expect(waived).toMatchObject({ status: 'WAIVED', waivedReason: '家庭突发困难' });

    const other = await schoolWithClass(api);
    expect(codeOf(await api.exec(GENERATE, { s: schoolId, m: '2026-11' }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(`query($id: ID!) { bill(id: $id) { id } }`, { id: first.id }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(`query($id: ID!) { node(id: $id) { id } }`, { id: first.id }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(BILLS, { f: { schoolId } }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
  });

  it('a replayed payment (same bill, same reference) returns the bill unchanged and writes nothing; a reference pays one bill', async () => {
    const { api, schoolId } = await monthlyStage();
    await ok(api, GENERATE, { s: schoolId, m: '2026-10' });
    const [first, second] = await billsOf(api, schoolId, '2026-10');
    const admin = schoolAdminOf(schoolId);
    const PAY = `mutation($b: ID!, $r: String!, $v: Int) { recordPayment(billId: $b, reference: $r, expectedVersion: $v) { ${BILL} } }`;
    const table = async () =>
      JSON.stringify(((await api.db.doc.send(new ScanCommand({ TableName: api.db.config.tableName }))).Items ?? []).map((item) => JSON.stringify(item)).sort());
    const paid = await ok(api, PAY, { b: first.id, r: ' 收据 0042 ', v: first.version }, admin);
    expect(paid).toMatchObject({ status: 'PAID', paymentReference: '收据 0042', version: first.version + 1 });
    const before = await table();
    // The retry carries what the first request did (the version read before paying); a double click may carry none.
    for (const v of [first.version, null]) expect(await ok(api, PAY, { b: first.id, r: '收据 0042', v }, admin)).toEqual(paid);
    expect(await table()).toBe(before);
    const trail = await ok<{ nodes: { action: string }[] }>(api, 'query($id: ID!) { auditEvents(entityId: $id) { nodes { action } } }', { id: first.id });
    expect(trail.nodes.filter((event) => event.action === 'PAY')).toHaveLength(1);

    // Another reference on the paid bill is still a refusal; the same reference on another bill is CONFLICT.
    expect(codeOf(await api.exec(PAY, { b: first.id, r: '收据 0043' }, admin))).toBe('INVALID_TRANSITION');
    const reused = await api.exec(PAY, { b: second.id, r: '收据 0042' }, admin);
    expect([codeOf(reused), fieldOf(reused), reused.errors?.[0].extensions?.reason]).toEqual(['CONFLICT', 'reference', 'DUPLICATE_PAYMENT_REFERENCE']);
    expect((await billsOf(api, schoolId, '2026-10')).find((bill) => bill.id === second.id)).toMatchObject({ status: 'UNPAID', version: second.version });
    expect(await table()).toBe(before);
    // A replay by someone who may not touch the bill is refused as before.
    const other = await schoolWithClass(api);
    expect(codeOf(await api.exec(PAY, { b: first.id, r: '收据 0042' }, schoolAdminOf(other.schoolId)))).toBe('FORBIDDEN');
    // Two identical payments at once: both answer the paid bill, one payment is recorded.
    const both = await Promise.all([1, 2].map(() => ok(api, PAY, { b: second.id, r: '收据 0044' }, admin)));
    expect(both.map((bill) => [bill.status, bill.version])).toEqual([
      ['PAID', second.version + 1],
      ['PAID', second.version + 1],
    ]);
  });

  it('a withdrawal refunds by the district rule; parents see their own children’s bills only', async () => {
    const { api, schoolId, plain, hardship, applications } = await monthlyStage(['MONDAY']);
    const guardian = await createGuardian(api);
    await linkGuardian(api, hardship.id, guardian.viewer);
    await ok(api, GENERATE, { s: schoolId, m: '2026-11' });

    // Mondays of November 2026: 2, 9, 16, 23, 30. Leaving from the 30th (after the 10th): 4 of 5 days are charged.
    const withdrawn = await api.exec('mutation($id: ID!, $f: Date) { withdrawApplication(id: $id, from: $f, reason: "搬家") { status } }', {
      id: applications[1].id,
      f: '2026-11-30',
    });
    expect(withdrawn.errors).toBeUndefined();
    const mine = await ok<{ nodes: Record<string, any>[] }>(api, BILLS, { f: { studentId: hardship.id } }, guardian.viewer);
    expect(mine.nodes).toHaveLength(1);
    // Pro rata after the 10th: 80 × 4 ÷ 5 = 64, half off for hardship = 32 owed of the 40 billed; 8 refunded.
    expect(mine.nodes[0]).toMatchObject({ amount: 40, refund: 8, netAmount: 32 });
    expect(mine.nodes[0].refundReference).toContain('2026-11-30');
    // Running generation again records nothing twice.
    expect(await ok(api, GENERATE, { s: schoolId, m: '2026-11' })).toMatchObject({ createdCount: 0, refundedCount: 0, totalAmount: 80 + 32 });

    expect(codeOf(await api.exec(BILLS, { f: { studentId: plain.id } }, guardian.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec(BILLS, { f: { schoolId } }, guardian.viewer))).toBe('BAD_USER_INPUT');
    const plainBill = (await billsOf(api, schoolId, '2026-11')).find((bill) => bill.studentId === plain.id)!;
    expect(codeOf(await api.exec('query($id: ID!) { bill(id: $id) { id } }', { id: plainBill.id }, guardian.viewer))).toBe('FORBIDDEN');
    expect(codeOf(await api.exec('query($id: ID!) { bill(id: $id) { id } }', { id: plainBill.id }, districtAdmin))).toBeUndefined();
  });
});

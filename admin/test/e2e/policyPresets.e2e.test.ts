import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, gotoRoute, launchBrowser, openPage, signIn } from './browser';

const PRESET_FIELDS =
  'serviceDays feeModel monthlyFee hardshipDiscountPercent outsideProvidersAllowed teacherRatePerHour operatingFundPerStudentYear serviceEndsBy summerServiceEndsBy summerFrom summerTo';
type Policy = Record<string, unknown> & { version: number };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('policy presets (篇二, 篇三, 篇五)', () => {
  it('the district fills the form from the 篇五 preset and saves it; the demo then bills 80 yuan a month, half for hardship; 篇三 and 篇二 fill the form too', async () => {
    const district = await apiAs('district');
    const read = async () => (await district<{ districtPolicy: Policy }>(`{ districtPolicy { version ${PRESET_FIELDS} } }`)).districtPolicy;
    const original = await read();
    try {
      const admin = await openPage(browser);
      const { page } = admin;
      await signIn(page, /区教育局管理员/);
      await gotoRoute(page, '/policy');
      await page.getByRole('button', { name: /^篇五/ }).click();
      await page.getByText('已按“篇五：每月 80 元，困难减半，周一至周四”填入表单，核对后点击保存生效').waitFor();
      expect(await page.getByRole('checkbox', { name: '周五' }).isChecked()).toBe(false);
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('区级政策已保存').waitFor();
      expect(await read()).toMatchObject({
        serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
        feeModel: 'MONTHLY',
        monthlyFee: 80,
        hardshipDiscountPercent: 50,
        serviceEndsBy: '17:00',
        summerServiceEndsBy: '17:30',
        summerFrom: '05-01',
        summerTo: '09-30',
        // Untouched by 篇五.
        outsideProvidersAllowed: original.outsideProvidersAllowed,
        teacherRatePerHour: original.teacherRatePerHour,
      });

      // Under 篇五 the demo bills: 80 yuan a child, 40 for a hardship child. The demo's enrolments date from before the
      // term began, so any month of the term bills them; this one (Beijing time) is.
      const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
      const school = await apiAs('school-yc-004');
      const { careSessions } = await school<{ careSessions: { activity: { schoolId: string } | null }[] }>(
        '{ careSessions(date: "2026-11-10") { activity { schoolId } } }',
      );
      const schoolId = careSessions[0]!.activity!.schoolId;
      const { generateBills } = await school<{ generateBills: { createdCount: number; billCount: number } }>(
        'mutation($s: ID!, $m: String!) { generateBills(schoolId: $s, month: $m) { createdCount billCount } }',
        { s: schoolId, m: month },
      );
      expect(generateBills.billCount).toBeGreaterThan(0);
      const { bills } = await school<{ bills: { nodes: { hardship: boolean; amount: number }[] } }>(
        'query($s: ID!, $m: String!) { bills(filter: { schoolId: $s, month: $m }, first: 100) { nodes { hardship amount } } }',
        { s: schoolId, m: month },
      );
      expect(bills.nodes.length).toBeGreaterThan(0);
      for (const bill of bills.nodes) expect(bill.amount).toBe(bill.hardship ? 40 : 80);

      // 篇三 turns outside providers off; 篇二 puts back Monday to Friday, free (form only: not saved).
      await page.getByRole('button', { name: /^篇三/ }).click();
      expect(await page.getByLabel('允许引进校外机构').isChecked()).toBe(false);
      await page.getByRole('button', { name: /^篇二/ }).click();
      expect(await page.getByLabel('允许引进校外机构').isChecked()).toBe(true);
      expect(await page.getByRole('checkbox', { name: '周五' }).isChecked()).toBe(true);
      admin.expectNoProblems();
      await admin.close();
    } finally {
      // The other browser tests run on the demo's own policy (篇二).
      const { version, ...values } = original;
      await district('mutation($i: DistrictPolicyInput!, $v: Int!) { updateDistrictPolicy(input: $i, expectedVersion: $v) { version } }', {
        i: values,
        v: (await read()).version,
      });
      expect(await read()).toMatchObject(values);
      expect(version).toBeGreaterThanOrEqual(0);
    }
  });
});

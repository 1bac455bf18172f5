import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, schoolAdminOf, type TestApi } from './support/api';

const POLICY =
  '{ districtPolicy { id version serviceDays minDailyMinutes lateCareEndsNotBefore feeModel monthlyFee hardshipDiscountPercent teacherRatePerHour outsideProvidersAllowed evaluationExitThreshold } }';
const UPDATE = `mutation($input: DistrictPolicyInput!, $v: Int!) { updateDistrictPolicy(input: $input, expectedVersion: $v) {
  version serviceDays feeModel monthlyFee minDailyMinutes lateCareEndsNotBefore } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('district policy', () => {
  it('starts from the "5+2" defaults at version 0, readable by any signed-in user', async () => {
    const result = await api.exec(POLICY, {}, schoolAdminOf('sch_any'));
    expect(result.data!.districtPolicy).toMatchObject({
      version: 0,
      serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
      minDailyMinutes: 120,
      lateCareEndsNotBefore: '18:00',
      feeModel: 'FREE',
      monthlyFee: null,
      teacherRatePerHour: 85,
      outsideProvidersAllowed: true,
    });
  });

  it('saves changes with optimistic concurrency, one writer at a time', async () => {
    const first = await api.exec(UPDATE, { input: { serviceDays: ['THURSDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY'] }, v: 0 });
    expect(first.data!.updateDistrictPolicy).toMatchObject({ version: 1, serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'] });
    const racers = await Promise.all([150, 180].map((minutes) => api.exec(UPDATE, { input: { minDailyMinutes: minutes }, v: 1 })));
    expect(racers.filter((result) => !result.errors)).toHaveLength(1);
    expect(racers.map(codeOf).filter(Boolean)).toEqual(['CONFLICT']);
  });

  it('requires a monthly fee under the MONTHLY model and clears it when FREE', async () => {
    const current = (await api.exec(POLICY)).data!.districtPolicy.version;
    const missing = await api.exec(UPDATE, { input: { feeModel: 'MONTHLY' }, v: current });
    expect([codeOf(missing), fieldOf(missing)]).toEqual(['BAD_USER_INPUT', 'monthlyFee']);
    const monthly = await api.exec(UPDATE, { input: { feeModel: 'MONTHLY', monthlyFee: 80 }, v: current });
    expect(monthly.data!.updateDistrictPolicy).toMatchObject({ feeModel: 'MONTHLY', monthlyFee: 80 });
    const free = await api.exec(UPDATE, { input: { feeModel: 'FREE' }, v: current + 1 });
    expect(free.data!.updateDistrictPolicy).toMatchObject({ feeModel: 'FREE', monthlyFee: null });
  });

  it('refuses invalid values naming the field, and non-district users', async () => {
    const version = (await api.exec(POLICY)).data!.districtPolicy.version;
    const cases: [Record<string, unknown>, string][] = [
      [{ lateCareEndsNotBefore: '6pm' }, 'lateCareEndsNotBefore'],
      [{ serviceDays: [] }, 'serviceDays'],
      [{ evaluationExitThreshold: 101 }, 'evaluationExitThreshold'],
      [{ teacherRatePerHour: 85.123 }, 'teacherRatePerHour'],
    ];
    for (const [input, field] of cases) {
      const result = await api.exec(UPDATE, { input, v: version });
      expect([codeOf(result), fieldOf(result)], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect(codeOf(await api.exec(UPDATE, { input: { minDailyMinutes: 90 }, v: version }, schoolAdminOf('sch_x')))).toBe('FORBIDDEN');
    expect((await api.exec(POLICY)).data!.districtPolicy.version).toBe(version);
  });

  it('is reachable as a Node', async () => {
    const { id } = (await api.exec(POLICY)).data!.districtPolicy;
    const node = await api.exec('query($id: ID!) { node(id: $id) { __typename id } }', { id });
    expect(node.data!.node).toEqual({ __typename: 'DistrictPolicy', id });
  });
});

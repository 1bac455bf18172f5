import { beforeAll, describe, expect, it } from 'vitest';
import { codeOf, createTestApi, fieldOf, type TestApi } from './support/api';

const FIELDS = 'version serviceEndsBy summerServiceEndsBy summerFrom summerTo schoolScoreWeights { inspection compliance satisfaction } overdueFindingPenalty';
const POLICY = `{ districtPolicy { ${FIELDS} } }`;
const UPDATE = `mutation($input: DistrictPolicyInput!, $v: Int!) { updateDistrictPolicy(input: $input, expectedVersion: $v) { ${FIELDS} } }`;

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

describe('district policy: end of service and school score weights', () => {
  it('has no end-of-service limit and weights 40/30/30 by default', async () => {
    expect((await api.exec(POLICY)).data!.districtPolicy).toEqual({
      version: 0,
      serviceEndsBy: null,
      summerServiceEndsBy: null,
      summerFrom: null,
      summerTo: null,
      schoolScoreWeights: { inspection: 40, compliance: 30, satisfaction: 30 },
      overdueFindingPenalty: 5,
    });
  });

  it('takes seed part 五’s 17:00 (summer 17:30, May to September) and clears it with null', async () => {
    const set = await api.exec(UPDATE, {
      input: {
        serviceEndsBy: '17:00',
        summerServiceEndsBy: '17:30',
        summerFrom: '05-01',
        summerTo: '09-30',
        schoolScoreWeights: { inspection: 50, compliance: 50, satisfaction: 0 },
      },
      v: 0,
    });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateDistrictPolicy).toMatchObject({
      version: 1,
      serviceEndsBy: '17:00',
      summerServiceEndsBy: '17:30',
      summerFrom: '05-01',
      summerTo: '09-30',
      schoolScoreWeights: { inspection: 50, compliance: 50, satisfaction: 0 },
    });
    const cleared = await api.exec(UPDATE, { input: { serviceEndsBy: null, summerServiceEndsBy: null, summerFrom: null, summerTo: null }, v: 1 });
    expect(cleared.data!.updateDistrictPolicy).toMatchObject({ version: 2, serviceEndsBy: null, summerServiceEndsBy: null, summerFrom: null, summerTo: null });
    expect((await api.exec(POLICY)).data!.districtPolicy.serviceEndsBy).toBeNull();
  });

  it('refuses incomplete or malformed values, naming the field, and changes nothing', async () => {
    const { version } = (await api.exec(POLICY)).data!.districtPolicy;
    const cases: [Record<string, unknown>, string][] = [
      [{ summerServiceEndsBy: '17:30', summerFrom: '05-01', summerTo: '09-30' }, 'serviceEndsBy'],
      [{ serviceEndsBy: '17:00', summerServiceEndsBy: '17:30', summerTo: '09-30' }, 'summerFrom'],
      [{ serviceEndsBy: '17:00', summerServiceEndsBy: '17:30', summerFrom: '05-01' }, 'summerTo'],
      [{ summerFrom: '02-30' }, 'summerFrom'],
      [{ summerTo: '9-30' }, 'summerTo'],
      [{ serviceEndsBy: '25:00' }, 'serviceEndsBy'],
      [{ schoolScoreWeights: { inspection: 0, compliance: 0, satisfaction: 0 } }, 'schoolScoreWeights'],
      [{ schoolScoreWeights: { inspection: 101, compliance: 0, satisfaction: 0 } }, 'schoolScoreWeights.inspection'],
      [{ overdueFindingPenalty: -1 }, 'overdueFindingPenalty'],
    ];
    for (const [input, field] of cases) {
      const result = await api.exec(UPDATE, { input, v: version });
      expect([codeOf(result), fieldOf(result)], JSON.stringify(input)).toEqual(['BAD_USER_INPUT', field]);
    }
    expect((await api.exec(POLICY)).data!.districtPolicy.version).toBe(version);
  });
});

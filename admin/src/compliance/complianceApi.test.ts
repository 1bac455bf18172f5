import { describe, expect, it } from 'vitest';
import { complianceApi, complianceReportId, parseReportId } from './complianceApi';

describe('compliance report mapping', () => {
  it('addresses a report by school and term through react-admin’s getOne', () => {
    const id = complianceReportId('sch_1', 'trm_1');
    expect(parseReportId(id)).toEqual({ schoolId: 'sch_1', termId: 'trm_1' });
    const op = complianceApi.one(id);
    expect(op.variables).toEqual({ schoolId: 'sch_1', termId: 'trm_1' });
    expect(op.parseResponse({ data: { complianceReport: { compliant: true, days: [], issues: [] } } })).toMatchObject({
      id: 'sch_1/trm_1',
      compliant: true,
    });
    expect(() => parseReportId('sch_1')).toThrow();
  });
});

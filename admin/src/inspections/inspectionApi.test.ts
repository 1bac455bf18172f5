import { describe, expect, it } from 'vitest';
import { inspectionApi, inspectionWorkflow, toInspectionFilter, toRecordInput } from './inspectionApi';
import { canClose, canRectify } from './inspectionActions';
import type { InspectionFieldsFragment } from '../generated/graphql';

const finding = (overrides: Partial<InspectionFieldsFragment['findings'][number]> = {}): InspectionFieldsFragment['findings'][number] => ({
  id: 'f_1',
  item: '周三延时托管无教师在岗',
  severity: 'HIGH',
  rectifyBy: '2026-11-20',
  rectifiedAt: null,
  rectification: null,
  overdue: true,
  ...overrides,
});

const inspection = (overrides: Partial<InspectionFieldsFragment> = {}): InspectionFieldsFragment => ({
  id: 'isp_1',
  version: 3,
  schoolId: 'sch_4',
  termId: 'trm_4',
  date: '2026-11-10',
  inspectors: ['陈督学'],
  summary: null,
  score: 70,
  status: 'OPEN',
  openFindingCount: 1,
  overdueFindingCount: 1,
  closedAt: null,
  createdAt: '2026-11-10T08:00:00Z',
  updatedAt: '2026-11-10T08:00:00Z',
  school: { id: 'sch_4', name: '育才民办小学' },
  findings: [finding()],
  ...overrides,
});

describe('inspection mapping', () => {
  it('sends the form’s inspectors as names and leaves out empty findings', () => {
    const input = toRecordInput({
      schoolId: 'sch_4',
      date: '2026-11-10',
      inspectors: [{ name: '陈督学' }, { name: ' ' }],
      score: 70,
      summary: null,
      findings: [{ item: '问题', severity: 'LOW', rectifyBy: '2026-11-30' }, { item: '' }],
      extra: 'x',
    });
    expect(input).toEqual({
      schoolId: 'sch_4',
      date: '2026-11-10',
      inspectors: ['陈督学'],
      score: 70,
      findings: [{ item: '问题', severity: 'LOW', rectifyBy: '2026-11-30' }],
    });
  });

  it('maps the list filters, the overdue toggle included', () => {
    expect(toInspectionFilter({ schoolId: 'sch_4', overdue: true, q: 'x' })).toEqual({ schoolId: 'sch_4', overdue: true });
    expect(toInspectionFilter({ status: 'OPEN' })).toEqual({ status: 'OPEN', overdue: undefined });
    expect(inspectionApi.one('isp_1').variables).toEqual({ id: 'isp_1' });
  });

  it('runs each step at the version the page shows', () => {
    expect(inspectionWorkflow.rectify(inspection(), 'f_1', '已整改').variables).toEqual({
      inspectionId: 'isp_1',
      findingId: 'f_1',
      note: '已整改',
      expectedVersion: 3,
    });
    expect(inspectionWorkflow.close(inspection()).variables).toEqual({ id: 'isp_1', expectedVersion: 3 });
  });

  it('offers rectification to the school while the finding is open, closing to the district once all are rectified', () => {
    expect(canRectify(inspection(), finding(), 'SCHOOL_ADMIN')).toBe(true);
    expect(canRectify(inspection(), finding({ rectifiedAt: '2026-11-21T00:00:00Z' }), 'SCHOOL_ADMIN')).toBe(false);
    expect(canRectify(inspection({ status: 'CLOSED' }), finding(), 'SCHOOL_ADMIN')).toBe(false);
    expect(canRectify(inspection(), finding(), 'PROVIDER')).toBe(false);
    expect(canClose(inspection(), 'DISTRICT_ADMIN')).toBe(false);
    expect(canClose(inspection({ openFindingCount: 0 }), 'DISTRICT_ADMIN')).toBe(true);
    expect(canClose(inspection({ openFindingCount: 0 }), 'SCHOOL_ADMIN')).toBe(false);
  });
});

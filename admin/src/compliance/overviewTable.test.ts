import { describe, expect, it } from 'vitest';
import { BOM } from '../csv/csvFormat';
import { englishConsole, zhConsole } from '../i18n/consoleTranslators';
import { cellText, overviewCsv, overviewSlots, sortedRows, type Overview } from './overviewTable';

const translate = (key: string, options?: object) => (options ? `${key}${JSON.stringify(options)}` : key);

const zh = zhConsole;
const en = await englishConsole();

const explanationParams = {
  serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const,
  minDailyMinutes: 120,
  lateCareEndsNotBefore: '18:00',
  minHomeworkGroupSize: 20,
  operatingFundPerStudentYear: 100,
  serviceEndsBy: null,
  summerServiceEndsBy: null,
  summerFrom: null,
  summerTo: null,
};

const overview: Overview = {
  schoolYear: null,
  semester: null,
  recomputedCount: 0,
  rules: [
    {
      code: 'SHORT_DAY',
      seed: '篇二',
      title: '每日服务时长',
      explanation: '…',
      explanationParams: { ...explanationParams, serviceDays: [...explanationParams.serviceDays] },
    },
    {
      code: 'CLASS_WITHOUT_STAFF',
      seed: '篇三',
      title: '每班至少一名教职工',
      explanation: '…',
      explanationParams: { ...explanationParams, serviceDays: [...explanationParams.serviceDays] },
    },
  ],
  rows: [
    {
      schoolId: 'sch_1',
      termId: 'trm_1',
      compliant: true,
      issueCount: 0,
      computedAt: '2026-11-30T00:00:00Z',
      school: { id: 'sch_1', name: '城关第一实验小学', code: 'CG-001' },
      term: { id: 'trm_1', schoolYear: '2026-2027', semester: 1 },
      cells: [
        { code: 'SHORT_DAY', status: 'PASSED', issueCount: 0 },
        { code: 'CLASS_WITHOUT_STAFF', status: 'NOT_CHECKED', issueCount: 0 },
      ],
    },
    {
      schoolId: 'sch_4',
      termId: 'trm_4',
      compliant: false,
      issueCount: 3,
      computedAt: '2026-11-30T00:00:00Z',
      school: { id: 'sch_4', name: '育才民办小学', code: 'YC-004' },
      term: { id: 'trm_4', schoolYear: '2026-2027', semester: 1 },
      cells: [
        { code: 'SHORT_DAY', status: 'FAILED', issueCount: 3 },
        { code: 'CLASS_WITHOUT_STAFF', status: 'NOT_CHECKED', issueCount: 0 },
      ],
    },
  ],
};

describe('compliance overview table', () => {
  it('says ✓, the number of findings, or why a rule was not checked', () => {
    expect(cellText(overview.rows[0].cells[0], translate)).toBe('✓');
    expect(cellText(overview.rows[1].cells[0], translate)).toBe('3');
    expect(cellText(overview.rows[1].cells[1], translate)).toBe('app.overview.status.NOT_CHECKED');
    expect(cellText(undefined, translate)).toBe('');
  });

  it('puts schools with findings first, or only them', () => {
    expect(sortedRows(overview, false).map((row) => row.schoolId)).toEqual(['sch_4', 'sch_1']);
    expect(sortedRows(overview, true).map((row) => row.schoolId)).toEqual(['sch_4']);
  });

  it('exports one row per school and one column per rule, named with its seed part', () => {
    const csv = overviewCsv(overview, translate);
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(BOM.length).split('\r\n');
    expect(lines[0].split(',').slice(0, 5)).toEqual([
      'app.overview.columns.code',
      'app.overview.columns.school',
      'app.overview.columns.term',
      'app.overview.columns.result',
      'app.overview.columns.issues',
    ]);
    expect(lines[2]).toBe('YC-004,育才民办小学,2026-2027 app.enums.semester.1,app.compliance.not_ok,3,3,app.overview.status.NOT_CHECKED');
    expect(lines).toHaveLength(3);
  });

  it('names the rule columns in the console’s language: 篇二 in Chinese, Part 2 in English', () => {
    const header = (t: (key: string, options?: object) => string) => overviewCsv(overview, t).slice(BOM.length).split('\r\n')[0].split(',');
    expect(header(zh).slice(5)).toEqual(['服务时长不足（篇二）', `${zh('app.enums.complianceIssueKind.CLASS_WITHOUT_STAFF')}（篇三）`]);
    const english = header(en);
    expect(english.slice(5)).toEqual(['Too little service time (Part 2)', `${en('app.enums.complianceIssueKind.CLASS_WITHOUT_STAFF')} (Part 3)`]);
    for (const cell of english) expect(cell).not.toMatch(/[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/);
  });

  it('offers each school’s current term and the last two school years', () => {
    expect(overviewSlots('2026-11-30')).toEqual(['current', '2026-2027/1', '2026-2027/2', '2025-2026/1', '2025-2026/2']);
    expect(overviewSlots('2027-03-01')).toEqual(['current', '2026-2027/1', '2026-2027/2', '2025-2026/1', '2025-2026/2']);
  });
});

import type { DataProvider, RaRecord } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider, loadEnglishMessages } from '../i18n';
import { aSchool, aTerm } from '../testing/builders';
import { aContract, aProvider, anEvaluation } from '../testing/domainBuilders';
import { BOM, parseCsv } from './csvFormat';
import { exportSpecs } from './exportColumns';
import { exportList, fetchAllRows } from './exportRows';

const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);

/** A paging fake like the real provider: pages of `perPage` rows after a filter, with hasNextPage; it records every call. */
function aPagingDataProvider(records: Record<string, RaRecord[]>) {
  const calls: { method: string; resource: string; params: Record<string, unknown> }[] = [];
  const provider = {
    calls,
    getList: async (resource: string, params: { filter: Record<string, unknown>; pagination: { page: number; perPage: number } }) => {
      calls.push({ method: 'getList', resource, params });
      const rows = (records[resource] ?? []).filter((row) => Object.entries(params.filter).every(([k, v]) => row[k] === v));
      const { page, perPage } = params.pagination;
      const data = rows.slice((page - 1) * perPage, page * perPage);
      return { data, total: rows.length, pageInfo: { hasNextPage: page * perPage < rows.length, hasPreviousPage: page > 1 } };
    },
    getMany: async (resource: string, params: { ids: string[] }) => {
      calls.push({ method: 'getMany', resource, params });
      return { data: (records[resource] ?? []).filter((row) => params.ids.includes(String(row.id))) };
    },
  };
  return provider as unknown as DataProvider & { calls: typeof calls };
}

const manySchools = (count: number) =>
  Array.from({ length: count }, (_, i) => aSchool({ id: `sch_${i}`, code: `XX${String(i).padStart(4, '0')}`, ownership: i % 2 ? 'PRIVATE' : 'PUBLIC' }));

describe('paging through a list', () => {
  it('pages with the visible filter until the API says there is no next page', async () => {
    const dataProvider = aPagingDataProvider({ schools: manySchools(250) });
    const progress: number[] = [];
    const { rows, total } = await fetchAllRows(
      dataProvider,
      { resource: 'schools', filter: { ownership: 'PRIVATE' } },
      {
        onProgress: (p) => progress.push(p.count),
      },
    );
    expect(rows).toHaveLength(125);
    expect(total).toBe(125);
    expect(rows.every((row) => row.ownership === 'PRIVATE')).toBe(true);
    expect(dataProvider.calls.map((c) => c.params.pagination)).toEqual([
      { page: 1, perPage: 100 },
      { page: 2, perPage: 100 },
    ]);
    expect(dataProvider.calls.every((c) => (c.params.filter as { ownership: string }).ownership === 'PRIVATE')).toBe(true);
    expect(progress).toEqual([100, 125]);
  });

  it('stops at the cap and says how many there were', async () => {
    const dataProvider = aPagingDataProvider({ schools: manySchools(250) });
    const { rows, total } = await fetchAllRows(dataProvider, { resource: 'schools', filter: {} }, { cap: 150 });
    expect(rows).toHaveLength(150);
    expect(total).toBe(250);
    expect(dataProvider.calls).toHaveLength(2);
  });
});

describe('the CSV file', () => {
  it('has Chinese headers, translated enums, compact grades, a BOM and a dated Chinese file name', async () => {
    const dataProvider = aPagingDataProvider({ schools: [aSchool()] });
    const file = await exportList(dataProvider, { resource: 'schools', filter: {} }, translate, { date: '2026-11-29' });
    expect(file.fileName).toBe('学校-2026-11-29.csv');
    expect(file.content.startsWith(BOM)).toBe(true);
    const [header, row] = parseCsv(file.content.slice(1));
    expect(header).toEqual(['学校名称', '学校代码', '学校类型', '办学性质', '服务年级', '在校学生数', '地址', '校长', '创建时间']);
    expect(row).toEqual(['实验小学', 'XX001', '小学', '公办', '1-6', '1200', '解放路 1 号', '王校长', '2026-08-01']);
  });

  it('shows references by name, looked up once per resource', async () => {
    const dataProvider = aPagingDataProvider({
      terms: [aTerm(), aTerm({ id: 'trm_2', semester: 2 }), aTerm({ id: 'trm_3', schoolId: 'sch_2' })],
      schools: [aSchool(), aSchool({ id: 'sch_2', name: '第二中学' })],
    });
    const file = await exportList(dataProvider, { resource: 'terms', filter: {} }, translate, { date: '2026-11-29' });
    const rows = parseCsv(file.content.slice(1));
    expect(rows[0]).toEqual(['学校', '学年', '学期', '开始日期', '结束日期', '不开展服务的日期（节假日）']);
    expect(rows.slice(1).map((row) => [row[0], row[2]])).toEqual([
      ['实验小学', '第一学期（秋季）'],
      ['实验小学', '第二学期（春季）'],
      ['第二中学', '第一学期（秋季）'],
    ]);
    const lookups = dataProvider.calls.filter((c) => c.method === 'getMany');
    expect(lookups).toEqual([{ method: 'getMany', resource: 'schools', params: expect.objectContaining({ ids: ['sch_1', 'sch_2'] }) }]);
  });

  it('writes embedded names, dates and scores per criterion', async () => {
    const dataProvider = aPagingDataProvider({ contracts: [aContract()], evaluations: [anEvaluation()], providers: [aProvider()] });
    const contracts = parseCsv((await exportList(dataProvider, { resource: 'contracts', filter: {} }, translate)).content.slice(1));
    expect(contracts[1].slice(0, 4)).toEqual([aContract().provider!.name, aContract().school!.name, expect.stringContaining('2026-2027'), '已生效']);
    const evaluations = parseCsv((await exportList(dataProvider, { resource: 'evaluations', filter: {} }, translate)).content.slice(1));
    expect(evaluations[0].slice(0, 8)).toEqual(['评价日期', '校外机构', '学校', '评价方式', '服务规范', '服务质量', '安全管理', '满意度']);
    const providers = parseCsv((await exportList(dataProvider, { resource: 'providers', filter: {} }, translate)).content.slice(1));
    expect(providers[1].slice(0, 5)).toEqual(['绿茵少儿足球俱乐部', '91330100MA2AAAAA1X', '社会专业人员', '已准入', '体育']);
  });

  it('ends the bills with a totals row in yuan, exact to the fen as the Excel export sums them', async () => {
    const bill = (id: string, name: string, fullAmount: number, discount: number, refund: number, netAmount: number): RaRecord => ({
      id,
      month: '2026-10',
      student: { name, className: '三(2)班' },
      billedDays: 20,
      fullAmount,
      discount,
      refund,
      netAmount,
      status: 'UNPAID',
    });
    // 0.1 + 0.2 is not 0.3 in binary: summed in fen, the totals are exact.
    const bills = [bill('bil_1', '张小明', 80, 0.1, 0.2, 79.7), bill('bil_2', '李小红', 40.05, 0.2, 0.1, 39.75), bill('bil_3', '王小华', 0.1, 0, 0, 0.1)];
    const file = await exportList(aPagingDataProvider({ bills }), { resource: 'bills', filter: {} }, translate, { date: '2026-11-29' });
    const rows = parseCsv(file.content.slice(1));
    expect(rows).toHaveLength(1 + 3 + 1);
    expect(rows[1].slice(4, 8)).toEqual(['80.00', '0.10', '0.20', '79.70']);
    expect(rows[4]).toEqual(['合计', '', '', '', '120.15', '0.30', '0.30', '119.55', '', '', '']);
    expect(file.count).toBe(3);
    // No rows: no totals row either.
    expect(parseCsv((await exportList(aPagingDataProvider({ bills: [] }), { resource: 'bills', filter: {} }, translate)).content.slice(1))).toHaveLength(1);
  });

  it('has a header message for every column of every list, in both languages', async () => {
    const english = await loadEnglishMessages();
    const has = (messages: object, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages) !== undefined;
    const { chineseMessages } = await import('../i18n');
    const missing = Object.entries(exportSpecs)
      .filter(([resource]) => resource !== 'surveys' || has(chineseMessages, 'resources.surveys.fields'))
      .flatMap(([, spec]) => spec.columns.map((column) => column.label))
      .filter((key) => !has(chineseMessages, key) || !has(english, key));
    expect(missing).toEqual([]);
  });
});

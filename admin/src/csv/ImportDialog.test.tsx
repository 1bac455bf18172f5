import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, type DataProvider } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { canAccess } from '../auth/permissions';
import type { Operation } from '../dataProvider/operation';
import { i18nProvider } from '../i18n';
import { anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';
import ImportDialog from './ImportDialog';

interface Sent {
  codes: string[];
  dryRun: boolean;
  onlyValid: boolean;
  firstRow: number;
}

/**
 * A data provider whose `execute` answers importSchools like the API: codes in `taken` are refused
 * (CONFLICT, numbered from firstRow). Real imports wait for `release()` so the progress can be seen.
 */
function anImportingDataProvider(taken: string[] = []) {
  const sent: Sent[] = [];
  let release: () => void = () => undefined;
  const execute = vi.fn(async (op: Operation<unknown>) => {
    const { rows, dryRun, onlyValid, firstRow } = op.variables as { rows: { code: string }[]; dryRun: boolean; onlyValid: boolean; firstRow: number };
    sent.push({ codes: rows.map((r) => r.code), dryRun, onlyValid, firstRow });
    if (!dryRun) await new Promise<void>((resolve) => (release = resolve));
    const errors = rows.flatMap((row, i) =>
      taken.includes(row.code) ? [{ row: firstRow + i, field: 'code', code: 'CONFLICT', message: `${row.code} already exists` }] : [],
    );
    const valid = rows.length - errors.length;
    const created = !dryRun && (errors.length === 0 || onlyValid) ? valid : 0;
    return { data: op.parseResponse({ data: { importSchools: { dryRun, valid, created, errors } } }) };
  });
  const dataProvider = { ...anInMemoryDataProvider({}), execute } as unknown as DataProvider;
  return { dataProvider, sent, release: () => release() };
}

const header = '学校名称,学校代码,学校类型,办学性质,服务年级\n';
const schoolRows = (count: number, from = 1) => Array.from({ length: count }, (_, i) => `学校${from + i},S${from + i},小学,公办,1-6`).join('\n');

function renderDialog(dataProvider: DataProvider) {
  const onClose = vi.fn();
  render(
    <AdminContext dataProvider={dataProvider} i18nProvider={i18nProvider}>
      <ImportDialog resource="schools" onClose={onClose} />
    </AdminContext>,
  );
  return onClose;
}

function chooseFile(text: string) {
  const input = screen.getByLabelText('选择 CSV 文件');
  fireEvent.change(input, { target: { files: [new File([text], 'schools.csv', { type: 'text/csv' })] } });
}

describe('school import dialog', () => {
  it('documents the columns and offers the template before a file is chosen', async () => {
    renderDialog(anImportingDataProvider().dataProvider);
    const help = await screen.findByRole('table', { name: '填写说明' }, slow);
    expect(within(help).getByText('服务年级')).toBeTruthy();
    expect(within(help).getByText(/例如 1-6 或 1,2,3/)).toBeTruthy();
    expect(within(help).getByText(/小学、初中、九年一贯制/)).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载模板' })).toBeTruthy();
  });

  it('previews row errors from the browser and the API, keeps 导入 disabled, and 仅导入有效行 sends onlyValid', async () => {
    const { dataProvider, sent, release } = anImportingDataProvider(['S2']);
    renderDialog(dataProvider);
    chooseFile(`${header}${schoolRows(2)}\n坏学校,S9,大学,公办,1-12\n`);

    expect(await screen.findByText('共 3 条记录：1 条可以导入，2 条有错误。', undefined, slow)).toBeTruthy();
    // Row 4 has browser-side errors and was never sent; the dry run numbered rows as the file does.
    expect(sent).toEqual([{ codes: ['S1', 'S2'], dryRun: true, onlyValid: false, firstRow: 2 }]);
    const table = screen.getByRole('table', { name: '检查结果' });
    expect(within(table).getByText('学校代码：已存在或重复（S2 already exists）')).toBeTruthy();
    expect(within(table).getByText('学校类型：“大学”不是可选值')).toBeTruthy();
    expect(within(table).getByText(/服务年级：年级格式不对（1-12）/)).toBeTruthy();
    expect(within(table).queryByText('学校1 · S1')).toBeNull(); // only rows with errors are shown at first

    expect((screen.getByRole('button', { name: '导入' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '仅导入有效行（1 条）' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toEqual({ codes: ['S1'], dryRun: false, onlyValid: true, firstRow: 2 });
    release();
    expect(await screen.findByText('导入完成：成功 1 条，未导入 2 条。')).toBeTruthy();
  });

  it('imports a clean file chunk by chunk with a progress bar, then sums up', async () => {
    const { dataProvider, sent, release } = anImportingDataProvider();
    renderDialog(dataProvider);
    chooseFile(`${header}${schoolRows(150)}\n`);

    expect(await screen.findByText('共 150 条记录：150 条可以导入，0 条有错误。', undefined, slow)).toBeTruthy();
    expect(sent.map((s) => [s.codes.length, s.firstRow, s.dryRun])).toEqual([
      [100, 2, true],
      [50, 102, true],
    ]);
    fireEvent.click(screen.getByRole('button', { name: '导入' }));

    const bar = await screen.findByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('0');
    await waitFor(() => expect(sent).toHaveLength(3));
    release();
    expect(await screen.findByText('正在导入：已完成 1 / 2 批，已创建 100 条…')).toBeTruthy();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    await waitFor(() => expect(sent).toHaveLength(4));
    expect(sent.slice(2).map((s) => [s.codes.length, s.firstRow, s.dryRun, s.onlyValid])).toEqual([
      [100, 2, false, false],
      [50, 102, false, false],
    ]);
    release();
    expect(await screen.findByText('导入完成：成功 150 条，未导入 0 条。')).toBeTruthy();
  });

  it('says which required columns are missing and sends nothing', async () => {
    const { dataProvider, sent } = anImportingDataProvider();
    renderDialog(dataProvider);
    chooseFile('学校名称,地址\n实验小学,解放路\n');
    expect(await screen.findByText(/缺少必填列：学校代码、学校类型、办学性质、服务年级/, undefined, slow)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('is offered to the district only', () => {
    expect(canAccess('DISTRICT_ADMIN', 'import', 'schools')).toBe(true);
    expect(canAccess('DISTRICT_ADMIN', 'import', 'providers')).toBe(true);
    expect(canAccess('SCHOOL_ADMIN', 'import', 'schools')).toBe(false);
    expect(canAccess('PROVIDER', 'import', 'providers')).toBe(false);
  });
});

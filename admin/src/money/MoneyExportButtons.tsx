import DownloadIcon from '@mui/icons-material/GetApp';
import TableViewIcon from '@mui/icons-material/TableView';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { csvFileName, downloadBlob, downloadText, today } from '../csv/csvFormat';
import { tableToCsv, type MoneyTable } from './moneyExports';

/**
 * 导出 CSV and 导出 Excel for a money table. The .xlsx writer (exceljs, ~250 kB gzipped) loads on the first Excel
 * click, never with the console. `table` may fetch (the bills of a filter) and is called on click. `csv={false}` where
 * the list has its own CSV export (CsvExportButton, labelled 导出 CSV beside it).
 */
export function MoneyExportButtons({
  table,
  disabled,
  csv: withCsv = true,
}: {
  table: () => MoneyTable | Promise<MoneyTable>;
  disabled?: boolean;
  csv?: boolean;
}) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (write: (content: MoneyTable) => Promise<void>) => {
    setBusy(true);
    try {
      await write(await table());
    } catch (error) {
      notify('app.money.export_failed', { type: 'error', messageArgs: { message: error instanceof Error ? error.message : String(error) } });
    } finally {
      setBusy(false);
    }
  };
  const csv = () => run(async (content) => downloadText(tableToCsv(content), csvFileName(content.name, today())));
  const xlsx = () =>
    run(async (content) => {
      const { tableToXlsx, xlsxFileName, XLSX_TYPE } = await import('./xlsxFile');
      downloadBlob(new Blob([await tableToXlsx(content)], { type: XLSX_TYPE }), xlsxFileName(content.name, today()));
    });
  return (
    <>
      {withCsv && (
        <Button label="app.money.export_csv" onClick={csv} disabled={disabled || busy}>
          <DownloadIcon />
        </Button>
      )}
      <Button label="app.money.export_xlsx" onClick={xlsx} disabled={disabled || busy}>
        <TableViewIcon />
      </Button>
    </>
  );
}

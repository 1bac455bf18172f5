import { Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Translate } from './exportColumns';
import { columnLabel, type ImportResource } from './importColumns';
import type { ImportRecord, RowProblem } from './importMapping';

/** Rendering thousands of rows helps nobody: the rest are counted in the summary above. */
export const MAX_SHOWN = 200;

/** `3`, `3–5` for consecutive rows, `3, 7` otherwise. */
export function rowNumbers(rows: number[]): string {
  if (rows.length === 1) return String(rows[0]);
  const consecutive = rows.every((row, i) => i === 0 || row === rows[i - 1] + 1);
  return consecutive ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join(', ');
}

/** A problem in the user's language: the column, then our wording for its code (with the server's own words). */
export function problemText(translate: Translate, resource: ImportResource, record: ImportRecord<unknown>, problem: RowProblem): string {
  const fallback = translate('app.csv.errors.UNKNOWN', { detail: problem.code, ...problem.args });
  const message = translate(`app.csv.errors.${problem.code}`, { ...problem.args, _: fallback });
  const text = problem.field ? translate('app.csv.import.problem', { column: columnLabel(translate, resource, problem.field), message }) : message;
  return record.rows.length > 1 ? text + translate('app.csv.import.at_row', { row: problem.row }) : text;
}

/** The records of a file with their problems (or "可以导入"), by file row. */
export function ImportRecordsTable({ resource, records }: { resource: ImportResource; records: ImportRecord<unknown>[] }) {
  const translate = useTranslate();
  const shown = records.slice(0, MAX_SHOWN);
  return (
    <>
      <Table size="small" stickyHeader aria-label={translate('app.csv.import.status')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 72 }}>{translate('app.csv.import.row')}</TableCell>
            <TableCell>{translate('app.csv.import.record')}</TableCell>
            <TableCell>{translate('app.csv.import.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((record) => (
            <TableRow key={record.rows[0]}>
              <TableCell>{rowNumbers(record.rows)}</TableCell>
              <TableCell>{record.label || translate('app.none')}</TableCell>
              <TableCell>
                {record.problems.length === 0 ? (
                  <Chip size="small" color="success" label={translate('app.csv.import.ok')} />
                ) : (
                  <Stack spacing={0.25}>
                    {record.problems.map((problem, i) => (
                      <Typography key={i} variant="body2" color="error">
                        {problemText(translate, resource, record, problem)}
                      </Typography>
                    ))}
                  </Stack>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {records.length > MAX_SHOWN && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('app.csv.import.shown', { count: MAX_SHOWN })}
        </Typography>
      )}
    </>
  );
}

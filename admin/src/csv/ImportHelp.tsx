import DownloadIcon from '@mui/icons-material/GetApp';
import { Button, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { downloadText, toCsv } from './csvFormat';
import { columnLabel, importColumns, templateRows, type ImportResource } from './importColumns';

/** What the file must look like: the columns, whether each is required and how to fill it in, plus the template. */
export function ImportHelp({ resource }: { resource: ImportResource }) {
  const translate = useTranslate();
  const downloadTemplate = () => {
    const { headers, rows } = templateRows(resource, translate);
    downloadText(toCsv(headers, rows), `${translate(`app.csv.import.template_name.${resource}`)}.csv`);
  };
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('app.csv.import.intro')}
      </Typography>
      {resource === 'students' && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('app.csv.import.intro_students')}
        </Typography>
      )}
      {resource === 'providers' && (
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate('app.csv.import.intro_providers')}
        </Typography>
      )}
      <Button startIcon={<DownloadIcon />} onClick={downloadTemplate} sx={{ mb: 1 }}>
        {translate('app.csv.import.template')}
      </Button>
      <Table size="small" aria-label={translate('app.csv.import.format')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.csv.import.column')}</TableCell>
            <TableCell>{translate('app.csv.import.required')}</TableCell>
            <TableCell>{translate('app.csv.import.format')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {importColumns[resource].map((column) => (
            <TableRow key={column.field}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{columnLabel(translate, resource, column.field)}</TableCell>
              <TableCell>{translate(column.required ? 'app.csv.import.yes' : 'app.csv.import.no')}</TableCell>
              <TableCell>{column.format(translate)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

import LockIcon from '@mui/icons-material/Lock';
import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, LinearProgress, Title, useCanAccess, useGetOne, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import type { StipendSheetFieldsFragment } from '../generated/graphql';
import { MoneyExportButtons } from './MoneyExportButtons';
import { RecordMonthPicker, useRecordMonth } from './RecordMonthPicker';
import { moneyWorkflow, stipendSheetKey } from './moneyApi';
import { stipendTable } from './moneyExports';

function SheetView({ schoolId, month }: { schoolId: string; month: string }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'confirm', resource: 'stipends' });
  const { run, busy } = useRunOperation();
  const {
    data: sheet,
    isPending,
    error,
  } = useGetOne<StipendSheetFieldsFragment & { id: string; sheetId: string }>('stipendSheets', { id: stipendSheetKey(schoolId, month) });
  if (isPending) return <LinearProgress />;
  if (error || !sheet) return <Alert severity="error">{translate('app.money.stipends.unavailable')}</Alert>;
  // The step refreshes every page: the sheet is read again, now CONFIRMED.
  const confirm = (current: { sheetId: string; version: number }) => run(moneyWorkflow.confirmStipends(current), { success: 'app.money.stipends.confirmed' });
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
        <Chip color={sheet.status === 'CONFIRMED' ? 'success' : 'default'} label={translate(`app.enums.stipendSheetStatus.${sheet.status}`)} />
        <Typography>{translate('app.money.stipends.rate', { rate: sheet.rate.toFixed(2) })}</Typography>
        <Typography sx={{ fontWeight: 600 }}>{translate('app.money.stipends.total_value', { total: sheet.total.toFixed(2) })}</Typography>
        <MoneyExportButtons table={() => stipendTable(sheet, translate)} />
        {canAccess && sheet.status === 'DRAFT' && (
          <Button label="app.money.stipends.confirm" variant="contained" disabled={busy} onClick={() => confirm(sheet)}>
            <LockIcon />
          </Button>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('app.money.stipends.basis')}
      </Typography>
      <Table size="small" sx={{ mt: 1 }}>
        <TableHead>
          <TableRow>
            {['staffName', 'sessions', 'hours', 'amount'].map((key) => (
              <TableCell key={key} align={key === 'staffName' ? 'left' : 'right'}>
                {translate(`app.money.stipends.columns.${key}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {sheet.rows.map((row) => (
            <TableRow key={row.staffId ?? row.staffName}>
              <TableCell>{row.staffName}</TableCell>
              <TableCell align="right">{row.sessions}</TableCell>
              <TableCell align="right">{row.hours}</TableCell>
              <TableCell align="right">{row.amount.toFixed(2)}</TableCell>
            </TableRow>
          ))}
          {sheet.adjustments.map((line) => (
            <TableRow key={line.id}>
              <TableCell>{translate('app.money.stipends.adjustment_line', { name: line.staffName, reason: line.reason })}</TableCell>
              <TableCell />
              <TableCell />
              <TableCell align="right">{line.amount.toFixed(2)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {sheet.rows.length === 0 && <EmptyState title="app.money.stipends.empty_title" hint="app.money.stipends.empty_hint" />}
    </Box>
  );
}

/** 课时补助: a school's stipend sheet of a month, from the roll calls; confirmed (locked) by the school. */
export default function StipendPage() {
  const { identity } = useAppIdentity();
  const picked = useRecordMonth('schoolId', identity?.role === 'SCHOOL_ADMIN' ? (identity.schoolId ?? '') : undefined);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.money.stipends.title" />
      <CardContent>
        <RecordMonthPicker picked={picked} source="schoolId" reference="schools" label="app.picker.school" pickRecord={identity?.role === 'DISTRICT_ADMIN'} />
        {picked.id ? (
          <SheetView schoolId={picked.id} month={picked.month} />
        ) : (
          <EmptyState title="app.money.stipends.title" hint="app.money.stipends.pick_school" />
        )}
      </CardContent>
    </Card>
  );
}

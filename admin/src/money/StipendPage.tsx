import LockIcon from '@mui/icons-material/Lock';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { AutocompleteInput, Button, Form, LinearProgress, ReferenceInput, Title, useCanAccess, useGetOne, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { EmptyState } from '../common/EmptyState';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import { today } from '../csv/csvFormat';
import type { StipendSheetFieldsFragment } from '../generated/graphql';
import { MoneyExportButtons } from './MoneyExportButtons';
import { moneyWorkflow, previousMonth, stipendSheetKey } from './moneyApi';
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
              <TableCell>{`${line.staffName}（${translate('app.money.stipends.adjustment')}：${line.reason}）`}</TableCell>
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
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  const [params, setParams] = useSearchParams();
  const schoolId = identity?.role === 'SCHOOL_ADMIN' ? (identity.schoolId ?? '') : (params.get('schoolId') ?? '');
  const month = params.get('month') ?? previousMonth(today());
  const select = (next: { schoolId?: string; month?: string }) =>
    setParams(Object.fromEntries(Object.entries({ schoolId, month, ...next }).filter(([, v]) => v)), { replace: true });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.money.stipends.title" />
      <CardContent>
        <Form key={schoolId} defaultValues={{ schoolId }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
            {identity?.role === 'DISTRICT_ADMIN' && (
              <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput
                  optionText="name"
                  label="app.picker.school"
                  sx={{ minWidth: 280 }}
                  helperText={false}
                  onChange={(value: string) => select({ schoolId: value ?? '' })}
                />
              </ReferenceInput>
            )}
            <MuiTextField
              type="month"
              size="small"
              label={translate('app.money.month')}
              value={month}
              onChange={(event) => select({ month: event.target.value })}
            />
          </Stack>
        </Form>
        {schoolId ? <SheetView schoolId={schoolId} month={month} /> : <EmptyState title="app.money.stipends.title" hint="app.compliance.pick_school" />}
      </CardContent>
    </Card>
  );
}

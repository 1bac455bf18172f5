import LockIcon from '@mui/icons-material/Lock';
import { Alert, Box, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { Button, LinearProgress, Title, useCanAccess, useGetMany, useGetOne, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { useRunOperation } from '../common/useRunOperation';
import type { ProviderStatementFieldsFragment } from '../generated/graphql';
import { MoneyExportButtons } from './MoneyExportButtons';
import { RecordMonthPicker, useRecordMonth } from './RecordMonthPicker';
import { moneyWorkflow } from './moneyApi';
import { providerStatementTable } from './moneyExports';

type Statement = ProviderStatementFieldsFragment & { id: string; statementId: string };

/** Names of the schools and contracts a statement points at (one getMany each), the id while loading. */
function useNames(statement: Statement | undefined) {
  const lines = [...(statement?.lines ?? []), ...(statement?.adjustments ?? [])];
  const { data: schools } = useGetMany('schools', { ids: [...new Set(lines.map((line) => line.schoolId))] }, { enabled: lines.length > 0 });
  const { data: contracts } = useGetMany('contracts', { ids: [...new Set(lines.map((line) => line.contractId))] }, { enabled: lines.length > 0 });
  const { data: provider } = useGetOne('providers', { id: statement?.providerId ?? '' }, { enabled: Boolean(statement) });
  const find = (records: { id: unknown }[] | undefined, id: string, show: (record: Record<string, unknown>) => unknown) => {
    const record = records?.find((r) => r.id === id) as Record<string, unknown> | undefined;
    return record ? String(show(record)) : id;
  };
  return {
    provider: String(provider?.name ?? ''),
    school: (id: string) => find(schools, id, (school) => school.name),
    contract: (id: string) => find(contracts, id, (contract) => String(contract.serviceContent ?? '').slice(0, 30)),
  };
}

function StatementView({ providerId, month }: { providerId: string; month: string }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'confirm', resource: 'providerStatements' });
  const { run, busy } = useRunOperation();
  const { data: statement, isPending, error } = useGetOne<Statement>('providerStatements', { id: `${providerId}/${month}` });
  const names = useNames(statement);
  if (isPending) return <LinearProgress />;
  if (error || !statement) return <Alert severity="error">{translate('app.money.statements.unavailable')}</Alert>;
  const confirm = () => run(moneyWorkflow.confirmStatement(statement), { success: 'app.money.statements.confirmed' });
  const columns = ['school', 'contract', 'sessions', 'hours', 'rate', 'amount'];
  return (
    <Box>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Chip color={statement.status === 'CONFIRMED' ? 'success' : 'default'} label={translate(`app.enums.stipendSheetStatus.${statement.status}`)} />
        <Typography sx={{ fontWeight: 600 }}>{translate('app.money.stipends.total_value', { total: statement.total.toFixed(2) })}</Typography>
        <MoneyExportButtons table={() => providerStatementTable(statement, names.provider, names, translate)} />
        {canAccess && statement.status === 'DRAFT' && (
          <Button label="app.money.statements.confirm" variant="contained" disabled={busy} onClick={confirm}>
            <LockIcon />
          </Button>
        )}
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('app.money.statements.basis')}
      </Typography>
      <Table size="small" sx={{ mt: 1 }}>
        <TableHead>
          <TableRow>
            {columns.map((key) => (
              <TableCell key={key} align={key === 'school' || key === 'contract' ? 'left' : 'right'}>
                {translate(`app.money.statements.columns.${key}`)}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {statement.lines.map((line) => (
            <TableRow key={line.contractId}>
              <TableCell>{names.school(line.schoolId)}</TableCell>
              <TableCell>{names.contract(line.contractId)}</TableCell>
              <TableCell align="right">{line.sessions}</TableCell>
              <TableCell align="right">{line.hours}</TableCell>
              <TableCell align="right">{line.ratePerHour.toFixed(2)}</TableCell>
              <TableCell align="right">{line.amount.toFixed(2)}</TableCell>
            </TableRow>
          ))}
          {statement.adjustments.map((line) => (
            <TableRow key={line.id}>
              <TableCell>{names.school(line.schoolId)}</TableCell>
              <TableCell>{translate('app.money.stipends.adjustment_line', { name: names.contract(line.contractId), reason: line.reason })}</TableCell>
              <TableCell colSpan={3} />
              <TableCell align="right">{line.amount.toFixed(2)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {statement.lines.length === 0 && <EmptyState title="app.money.statements.empty_title" hint="app.money.statements.empty_hint" />}
    </Box>
  );
}

/** 机构对账单: a provider's sessions of a month at its contracts' rates; confirmed (locked) by the district. */
export default function ProviderStatementPage() {
  const picked = useRecordMonth('providerId');
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.money.statements.page_title" />
      <CardContent>
        <RecordMonthPicker picked={picked} source="providerId" reference="providers" label="resources.providers.name" />
        {picked.id ? (
          <StatementView providerId={picked.id} month={picked.month} />
        ) : (
          <EmptyState title="app.money.statements.page_title" hint="app.money.statements.pick_provider" />
        )}
      </CardContent>
    </Card>
  );
}

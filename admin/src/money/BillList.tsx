import PaymentsIcon from '@mui/icons-material/Payments';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { Stack } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  DataTable,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  TextInput,
  TopToolbar,
  useCanAccess,
  useDataProvider,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CommentDialog } from '../common/CommentDialog';
import { EmptyState } from '../common/EmptyState';
import { billStatuses } from '../common/enums';
import { EnumChipField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import { CsvExportButton } from '../csv/CsvExportButton';
import { today } from '../csv/csvFormat';
import type { BillFieldsFragment } from '../generated/graphql';
import { MoneyExportButtons } from './MoneyExportButtons';
import { moneyWorkflow, previousMonth } from './moneyApi';
import { billTable } from './moneyExports';

function billFilters(role: string | undefined) {
  return [
    ...(role === 'DISTRICT_ADMIN'
      ? [
          <ReferenceInput key="schoolId" source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    <TextInput key="month" source="month" type="month" alwaysOn />,
    <SelectInput key="status" source="status" choices={billStatuses} />,
  ];
}

/** 生成账单 for the school and month of the filter (the API makes each bill once, however often it runs). */
function GenerateBillsButton() {
  const { filterValues } = useListContext();
  const { identity } = useAppIdentity();
  const { canAccess } = useCanAccess({ action: 'generate', resource: 'bills' });
  const { run, busy } = useRunOperation();
  const schoolId = identity?.role === 'SCHOOL_ADMIN' ? identity.schoolId : (filterValues.schoolId as string | undefined);
  const month = filterValues.month as string | undefined;
  if (!canAccess) return null;
  return (
    <Button
      label="resources.bills.generate"
      disabled={!schoolId || !month || busy}
      onClick={() => run(moneyWorkflow.generate(schoolId!, month!), { success: 'resources.bills.generated', forget: ['bills'] })}
    >
      <ReceiptLongIcon />
    </Button>
  );
}

/** 导出 Excel: every bill of the filter (the CSV export's paging, up to its cap), money as numbers, totals summed (as 导出 CSV's totals row). */
function BillXlsxButton() {
  const { filterValues, filter, sort } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const table = async () => {
    const { fetchAllRows } = await import('../csv/exportRows');
    const { rows } = await fetchAllRows(dataProvider, { resource: 'bills', filter: { ...filterValues, ...filter }, sort });
    const name = `${translate('resources.bills.name', { smart_count: 2 })}-${String(filterValues.month ?? '')}`;
    return billTable(rows as unknown as BillFieldsFragment[], name, translate);
  };
  return <MoneyExportButtons csv={false} table={table} />;
}

function BillActions() {
  const { total } = useListContext();
  return (
    <TopToolbar>
      <FilterButton />
      <GenerateBillsButton />
      {total !== 0 && <CsvExportButton label="app.money.export_csv" />}
      {total !== 0 && <BillXlsxButton />}
    </TopToolbar>
  );
}

/** 收费登记 (while something is owed) / 免收 on an UNPAID bill, each with its reference or reason. */
function BillSteps(_props: { label?: string }) {
  const bill = useRecordContext<BillFieldsFragment>();
  const { canAccess } = useCanAccess({ action: 'pay', resource: 'bills' });
  const [dialog, setDialog] = useState<'pay' | 'waive' | null>(null);
  const { run, busy } = useRunOperation();
  if (!bill || bill.status !== 'UNPAID' || !canAccess) return null;
  const confirm = async (text: string) => {
    const op = dialog === 'pay' ? moneyWorkflow.pay(bill, text) : moneyWorkflow.waive(bill, text);
    const done = await run(op, { success: dialog === 'pay' ? 'resources.bills.paid' : 'resources.bills.waived', forget: ['bills'] });
    if (done) setDialog(null);
  };
  return (
    <Stack direction="row" spacing={1} onClick={(event) => event.stopPropagation()}>
      {/* A bill refunded in full owes nothing: the API refuses a payment of it. */}
      {bill.netAmount > 0 && (
        <Button label="resources.bills.pay" onClick={() => setDialog('pay')}>
          <PaymentsIcon />
        </Button>
      )}
      <Button label="resources.bills.waive" onClick={() => setDialog('waive')} />
      <CommentDialog
        open={dialog !== null}
        title={dialog === 'pay' ? 'resources.bills.pay' : 'resources.bills.waive'}
        label={dialog === 'pay' ? 'resources.bills.reference' : 'resources.bills.reason'}
        confirmLabel={dialog === 'pay' ? 'resources.bills.pay' : 'resources.bills.waive'}
        required
        busy={busy}
        onConfirm={confirm}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}

const Yuan = ({ source }: { source: keyof BillFieldsFragment; label?: string }) => {
  const bill = useRecordContext<BillFieldsFragment>();
  return bill ? <span>{Number(bill[source]).toFixed(2)}</span> : null;
};

function BillEmpty() {
  const translate = useTranslate();
  return <EmptyState title="resources.bills.empty.title" hint={translate('resources.bills.empty.hint')} />;
}

/** 收费管理: a school's bills of a month (hardship discounts, refunds on withdrawal), paid or waived here. */
export function BillList() {
  const { identity } = useAppIdentity();
  return (
    <List
      filters={billFilters(identity?.role)}
      // A school admin's bills are their school's (the district picks one in the filter; none picked lists none).
      filter={identity?.role === 'SCHOOL_ADMIN' && identity.schoolId ? { schoolId: identity.schoolId } : undefined}
      filterDefaultValues={{ month: previousMonth(today()) }}
      perPage={50}
      actions={<BillActions />}
      empty={false}
      exporter={false}
    >
      <DataTable bulkActionButtons={false} empty={<BillEmpty />} rowClick={false}>
        <DataTable.Col source="month" disableSort />
        <DataTable.Col source="student.className" label="resources.bills.fields.className" disableSort />
        <DataTable.Col source="student.name" label="resources.bills.fields.studentId" disableSort />
        <DataTable.Col source="billedDays" disableSort />
        <DataTable.Col source="fullAmount" disableSort>
          <Yuan source="fullAmount" />
        </DataTable.Col>
        <DataTable.Col source="discount" disableSort>
          <Yuan source="discount" />
        </DataTable.Col>
        <DataTable.Col source="refund" disableSort>
          <Yuan source="refund" />
        </DataTable.Col>
        <DataTable.Col source="netAmount" disableSort>
          <Yuan source="netAmount" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="billStatus" />
        </DataTable.Col>
        <DataTable.Col label="resources.bills.steps" disableSort>
          <BillSteps />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

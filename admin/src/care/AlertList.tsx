import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { Stack } from '@mui/material';
import { useState } from 'react';
import {
  AutocompleteInput,
  Button,
  DataTable,
  DateField,
  FilterButton,
  List,
  ReferenceInput,
  SelectInput,
  SimpleList,
  TextInput,
  TopToolbar,
  useCanAccess,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { CommentDialog } from '../common/CommentDialog';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField } from '../common/fields';
import { CardLine, ResponsiveRows } from '../common/ResponsiveRows';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import { CsvExportButton } from '../csv/CsvExportButton';
import type { AlertFieldsFragment } from '../generated/graphql';
import { AlertMessage, AlertMessageField } from './alertText';
import { careWorkflow } from './careApi';
import { alertKinds, alertStatuses } from './careEnums';

function alertFilters(role: string | undefined) {
  return [
    ...(role === 'DISTRICT_ADMIN'
      ? [
          <ReferenceInput key="schoolId" source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    <SelectInput key="status" source="status" choices={alertStatuses} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={alertKinds} alwaysOn />,
    <TextInput key="date" source="date" type="date" alwaysOn />,
  ];
}

function AlertActions() {
  const { total } = useListContext();
  return (
    <TopToolbar>
      <FilterButton />
      {total !== 0 && <CsvExportButton />}
    </TopToolbar>
  );
}

/** 处理: an OPEN alert resolved with a note (what was done), at the version the list shows. */
function ResolveAlertButton(_props: { label?: string }) {
  const alert = useRecordContext<AlertFieldsFragment>();
  const { canAccess } = useCanAccess({ action: 'resolve', resource: 'alerts' });
  const [open, setOpen] = useState(false);
  const { run, busy } = useRunOperation();
  if (!alert || alert.status !== 'OPEN' || !canAccess) return null;
  const confirm = async (note: string) => {
    if (await run(careWorkflow.resolve(alert, note), { success: 'resources.alerts.resolved', forget: ['alerts'] })) setOpen(false);
  };
  return (
    <Stack direction="row" onClick={(event) => event.stopPropagation()}>
      <Button label="resources.alerts.resolve" onClick={() => setOpen(true)}>
        <TaskAltIcon />
      </Button>
      <CommentDialog
        open={open}
        title="resources.alerts.resolve_title"
        content="resources.alerts.resolve_content"
        label="resources.alerts.fields.note"
        confirmLabel="resources.alerts.resolve"
        required
        busy={busy}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </Stack>
  );
}

function AlertEmpty() {
  const translate = useTranslate();
  return <EmptyState title="resources.alerts.empty.title" hint={translate('resources.alerts.empty.hint')} />;
}

/** An alert as a card on a phone: kind, status and day; the resolve step. */
function AlertCard() {
  const alert = useRecordContext<AlertFieldsFragment>();
  const translate = useTranslate();
  if (!alert) return null;
  return (
    <>
      <CardLine parts={[translate(`app.enums.alertKind.${alert.kind}`), translate(`app.enums.alertStatus.${alert.status}`), alert.date, alert.note]} />
      <ResolveAlertButton />
    </>
  );
}

/** 预警: the alerts of a school (or the district), newest first, filtered by status, kind and day; resolved here with a note. */
export function AlertList() {
  const { identity } = useAppIdentity();
  return (
    <List
      filters={alertFilters(identity?.role)}
      filterDefaultValues={{ status: 'OPEN' }}
      perPage={50}
      actions={<AlertActions />}
      empty={false}
      exporter={false}
    >
      <ResponsiveRows
        phone={<SimpleList rowClick={false} empty={<AlertEmpty />} primaryText={(record) => <AlertMessage alert={record} />} secondaryText={<AlertCard />} />}
      >
        <DataTable bulkActionButtons={false} empty={<AlertEmpty />} rowClick={false}>
          <DataTable.Col source="date" disableSort />
          <DataTable.Col source="kind" disableSort>
            <EnumChipField source="kind" group="alertKind" />
          </DataTable.Col>
          <DataTable.Col source="message" disableSort>
            <AlertMessageField />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <EnumChipField source="status" group="alertStatus" />
          </DataTable.Col>
          <DataTable.Col source="raisedAt" disableSort>
            <DateField source="raisedAt" showTime />
          </DataTable.Col>
          <DataTable.Col source="note" disableSort />
          <DataTable.Col label="resources.alerts.resolve" disableSort>
            <ResolveAlertButton />
          </DataTable.Col>
        </DataTable>
      </ResponsiveRows>
    </List>
  );
}

import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import {
  AutocompleteInput,
  DataTable,
  DateField,
  List,
  ReferenceInput,
  Show,
  SimpleList,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ResponsiveRows } from '../common/ResponsiveRows';
import { useAppIdentity } from '../common/useIdentity';
import { CsvExportButton } from '../csv/CsvExportButton';
import type { ConsoleCareLogFieldsFragment } from '../generated/graphql';
import { schoolToday } from './careApi';

function careLogFilters(role: string | undefined) {
  return [
    ...(role === 'DISTRICT_ADMIN'
      ? [
          <ReferenceInput key="schoolId" source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    <TextInput key="month" source="month" type="month" alwaysOn />,
  ];
}

function CareLogActions() {
  const { total } = useListContext();
  return <TopToolbar>{total !== 0 && <CsvExportButton />}</TopToolbar>;
}

function CareLogEmpty() {
  const translate = useTranslate();
  return <EmptyState title="resources.careLogs.empty.title" hint={translate('resources.careLogs.empty.hint')} />;
}

const IncidentCount = (_props: { label?: string }) => {
  const log = useRecordContext<ConsoleCareLogFieldsFragment>();
  return log ? <span>{log.incidents.length}</span> : null;
};

/** 看护日志: a school's care logs of a month, latest first (written by the duty leader; read here). */
export function CareLogList() {
  const { identity } = useAppIdentity();
  // A school admin's list is of their school; the district picks one.
  const schoolId = identity?.role === 'SCHOOL_ADMIN' ? identity.schoolId : undefined;
  return (
    <List
      filters={careLogFilters(identity?.role)}
      filter={schoolId ? { schoolId } : undefined}
      filterDefaultValues={{ month: schoolToday().slice(0, 7) }}
      perPage={50}
      pagination={false}
      actions={<CareLogActions />}
      empty={false}
      exporter={false}
    >
      <ResponsiveRows
        phone={<SimpleList rowClick="show" empty={<CareLogEmpty />} primaryText={(record) => record.date} secondaryText={(record) => record.summary} />}
      >
        <DataTable bulkActionButtons={false} empty={<CareLogEmpty />} rowClick="show">
          <DataTable.Col source="date" disableSort />
          <DataTable.Col source="summary" disableSort />
          <DataTable.Col source="incidentCount" disableSort>
            <IncidentCount />
          </DataTable.Col>
          <DataTable.Col source="updatedAt" disableSort>
            <DateField source="updatedAt" showTime />
          </DataTable.Col>
        </DataTable>
      </ResponsiveRows>
    </List>
  );
}

function Incidents(_props: { label?: string }) {
  const log = useRecordContext<ConsoleCareLogFieldsFragment>();
  const translate = useTranslate();
  if (!log) return null;
  if (log.incidents.length === 0) return <Typography variant="body2">{translate('resources.careLogs.no_incidents')}</Typography>;
  return (
    <Table size="small">
      <TableHead>
        <TableRow>
          {(['at', 'kind', 'description', 'action'] as const).map((key) => (
            <TableCell key={key}>{translate(`resources.careLogs.fields.${key}`)}</TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {log.incidents.map((incident) => (
          <TableRow key={`${incident.at}-${incident.kind}-${incident.description}`}>
            <TableCell>{incident.at}</TableCell>
            <TableCell>{translate(`app.enums.incidentKind.${incident.kind}`)}</TableCell>
            <TableCell>{incident.description}</TableCell>
            <TableCell>{incident.action}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** One day's care log: the summary and the incidents (time, kind, what happened, what was done). */
export function CareLogShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <Stack direction="row" spacing={4}>
          <TextField source="date" />
          <DateField source="updatedAt" showTime />
        </Stack>
        <TextField source="summary" sx={{ whiteSpace: 'pre-line' }} />
        <Incidents label="resources.careLogs.fields.incidents" />
      </SimpleShowLayout>
    </Show>
  );
}

import { AutocompleteInput, DataTable, List, ReferenceInput, SelectInput, SimpleList, useRecordContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { exitStatuses, exitTriggers } from '../common/enums';
import { EnumChipField, LocalDateTimeField } from '../common/fields';
import type { ProviderExitFieldsFragment } from '../generated/graphql';
import { CsvListActions } from '../csv/CsvListActions';
import { CardLine, ResponsiveRows } from '../common/ResponsiveRows';
import { ReasonField } from './exitReason';

const filters = [
  <SelectInput key="status" source="status" choices={exitStatuses} alwaysOn />,
  <SelectInput key="trigger" source="trigger" choices={exitTriggers} alwaysOn />,
  <ReferenceInput key="providerId" source="providerId" reference="providers">
    <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
];

/** `2 / 5 已处理` while the transition runs. */
function Progress() {
  const exit = useRecordContext<ProviderExitFieldsFragment>();
  const translate = useTranslate();
  if (!exit || exit.affectedActivities.length === 0) return <span>{translate('app.none')}</span>;
  const resolved = exit.affectedActivities.filter((a) => a.resolution !== 'UNRESOLVED').length;
  return <span>{translate('resources.providerExits.progress', { resolved, total: exit.affectedActivities.length })}</span>;
}

const Empty = () => <EmptyState title="resources.providerExits.empty.title" hint="resources.providerExits.empty.hint" />;

/** An exit case as a card on a phone: status, trigger and progress. */
function ExitCard() {
  const record = useRecordContext<ProviderExitFieldsFragment>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <CardLine parts={[translate(`app.enums.exitStatus.${record.status}`), translate(`app.enums.exitTrigger.${record.trigger}`), <Progress key="progress" />]} />
  );
}

export function ExitList() {
  return (
    <List actions={<CsvListActions />} filters={filters} perPage={25} empty={<Empty />} exporter={false}>
      {/* Newest first; the API offers no other order. */}
      <ResponsiveRows phone={<SimpleList rowClick="show" empty={<Empty />} primaryText={(record) => record.provider?.name} secondaryText={<ExitCard />} />}>
        <DataTable rowClick="show" bulkActionButtons={false} empty={<Empty />}>
          <DataTable.Col source="provider.name" label="resources.providerExits.fields.providerId" disableSort />
          <DataTable.Col source="status" disableSort>
            <EnumChipField source="status" group="exitStatus" />
          </DataTable.Col>
          <DataTable.Col source="trigger" disableSort>
            <EnumChipField source="trigger" group="exitTrigger" />
          </DataTable.Col>
          <DataTable.Col source="reason" disableSort>
            <ReasonField />
          </DataTable.Col>
          <DataTable.Col source="affectedActivities" label="resources.providerExits.fields.progress" disableSort>
            <Progress />
          </DataTable.Col>
          <DataTable.Col source="createdAt" disableSort field={LocalDateTimeField} />
        </DataTable>
      </ResponsiveRows>
    </List>
  );
}

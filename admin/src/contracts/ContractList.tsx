import { AutocompleteInput, CreateButton, DataTable, List, ReferenceInput, SelectInput, useCanAccess } from 'react-admin';
import { TermFilterInput } from '../activities/ActivityFilters';
import { EmptyState } from '../common/EmptyState';
import { contractStatuses } from '../common/enums';
import { EnumChipField, LocalDateField, YuanField } from '../common/fields';
import { QuickFilterChip } from '../common/QuickFilterChip';
import { useAppIdentity } from '../common/useIdentity';
import { ContractTerm } from './ContractTitle';
import { CsvListActions } from '../csv/CsvListActions';

function contractFilters(role: string | undefined) {
  return [
    ...(role === 'DISTRICT_ADMIN'
      ? [
          <ReferenceInput key="schoolId" source="schoolId" reference="schools" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    // A provider user has one provider: a provider filter would offer one choice.
    ...(role !== 'PROVIDER'
      ? [
          <ReferenceInput key="providerId" source="providerId" reference="providers" alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    <TermFilterInput key="termId" source="termId" />,
    <SelectInput key="status" source="status" choices={contractStatuses} alwaysOn />,
    <QuickFilterChip key="expiringSoon" source="expiringSoon" label="resources.contracts.expiring_soon" alwaysOn />,
  ];
}

function ContractEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'contracts' });
  return (
    <EmptyState
      title="resources.contracts.empty.title"
      hint={canAccess ? 'resources.contracts.empty.create_hint' : 'resources.contracts.empty.read_hint'}
      action={canAccess ? <CreateButton variant="contained" /> : undefined}
    />
  );
}

const NoMatch = () => <EmptyState title="resources.contracts.empty.title" hint="resources.contracts.empty.no_match" />;

export function ContractList() {
  const { identity } = useAppIdentity();
  return (
    <List actions={<CsvListActions />} filters={contractFilters(identity?.role)} perPage={25} empty={<ContractEmpty />} exporter={false}>
      {/* Newest first, or by end date with the "30 天内到期" filter; the API offers no other order. */}
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        <DataTable.Col source="provider.name" label="resources.contracts.fields.providerId" disableSort />
        <DataTable.Col source="school.name" label="resources.contracts.fields.schoolId" disableSort />
        <DataTable.Col source="termId" disableSort>
          <ContractTerm />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="contractStatus" />
        </DataTable.Col>
        <DataTable.Col source="startDate" disableSort field={LocalDateField} />
        <DataTable.Col source="endDate" disableSort field={LocalDateField} />
        <DataTable.Col source="totalAmount" disableSort align="right">
          <YuanField source="totalAmount" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

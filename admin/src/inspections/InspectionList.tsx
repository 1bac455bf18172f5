import { Chip } from '@mui/material';
import { AutocompleteInput, CreateButton, DataTable, List, ReferenceInput, SelectInput, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { inspectionStatuses } from '../common/enums';
import { EnumChipField, LocalDateField } from '../common/fields';
import { QuickFilterChip } from '../common/QuickFilterChip';
import { useAppIdentity } from '../common/useIdentity';
import type { InspectionFieldsFragment } from '../generated/graphql';

function inspectionFilters(role: string | undefined) {
  return [
    ...(role === 'DISTRICT_ADMIN'
      ? [
          <ReferenceInput key="schoolId" source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    <SelectInput key="status" source="status" choices={inspectionStatuses} />,
    <QuickFilterChip key="overdue" source="overdue" label="resources.inspections.overdue_filter" alwaysOn />,
  ];
}

/** Open findings, red while any is past its deadline. */
export function FindingsField(_props: { label?: string }) {
  const record = useRecordContext<InspectionFieldsFragment>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.findings.length === 0) return <span>{translate('resources.inspections.no_findings')}</span>;
  return (
    <span>
      <Chip size="small" label={translate('resources.inspections.open_of', { open: record.openFindingCount, total: record.findings.length })} />
      {record.overdueFindingCount > 0 && (
        <Chip size="small" color="error" sx={{ ml: 0.5 }} label={translate('resources.inspections.overdue_count', { count: record.overdueFindingCount })} />
      )}
    </span>
  );
}

function InspectionEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'inspections' });
  return (
    <EmptyState
      title="resources.inspections.empty.title"
      hint={canAccess ? 'resources.inspections.empty.create_hint' : 'resources.inspections.empty.read_hint'}
      action={canAccess ? <CreateButton variant="contained" /> : undefined}
    />
  );
}

const NoMatch = () => <EmptyState title="resources.inspections.empty.title" hint="resources.inspections.empty.no_match" />;

/** 专项督查: newest first; a school admin sees their own school's. */
export function InspectionList() {
  const { identity } = useAppIdentity();
  return (
    <List filters={inspectionFilters(identity?.role)} perPage={25} empty={<InspectionEmpty />} exporter={false}>
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        <DataTable.Col source="date" disableSort field={LocalDateField} />
        <DataTable.Col source="school.name" label="resources.inspections.fields.schoolId" disableSort />
        <DataTable.Col source="score" disableSort />
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="inspectionStatus" />
        </DataTable.Col>
        <DataTable.Col source="findings" disableSort>
          <FindingsField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

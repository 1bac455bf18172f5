import { CreateButton, DataTable, List, SearchInput, SelectInput, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { activityCategories, providerKinds, providerStatuses } from '../common/enums';
import { EnumChipField, EnumListField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import type { ProviderFieldsFragment } from '../generated/graphql';
import { CsvListActions } from '../csv/CsvListActions';

function useProviderFilters() {
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.providers.fields.q')} />,
    // School admins see approved providers only (the API refuses any other status for them).
    ...(identity?.role === 'DISTRICT_ADMIN' ? [<SelectInput key="status" source="status" choices={providerStatuses} alwaysOn />] : []),
    <SelectInput key="kind" source="kind" choices={providerKinds} />,
    <SelectInput key="serviceCategory" source="serviceCategory" choices={activityCategories} />,
  ];
}

function ProviderEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'providers' });
  return (
    <EmptyState
      title="resources.providers.empty.title"
      hint={canAccess ? 'resources.providers.empty.create_hint' : 'resources.providers.empty.read_hint'}
      action={canAccess ? <CreateButton variant="contained" /> : undefined}
    />
  );
}

const NoMatch = () => <EmptyState title="resources.providers.empty.title" hint="resources.providers.empty.no_match" />;

/** Standing as `平均 88.5 · 最近 92（2 次）`, or a dash before the first evaluation. */
export function StandingSummary() {
  const record = useRecordContext<ProviderFieldsFragment>();
  const translate = useTranslate();
  const standing = record?.standing;
  if (!standing || standing.evaluationCount === 0) return <span>{translate('app.none')}</span>;
  return (
    <span>
      {translate('resources.providers.standing.summary', {
        average: standing.averageScore?.toFixed(1) ?? '—',
        latest: standing.latestScore ?? '—',
        count: standing.evaluationCount,
      })}
    </span>
  );
}

export function ProviderList() {
  const filters = useProviderFilters();
  return (
    <List actions={<CsvListActions />} filters={filters} perPage={25} empty={<ProviderEmpty />} exporter={false}>
      {/* The API sorts providers by name and offers no other order. */}
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        <DataTable.Col source="name" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumChipField source="kind" group="providerKind" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="providerStatus" />
        </DataTable.Col>
        <DataTable.Col source="serviceCategories" disableSort>
          <EnumListField source="serviceCategories" group="activityCategory" />
        </DataTable.Col>
        <DataTable.Col source="standing" disableSort>
          <StandingSummary />
        </DataTable.Col>
        <DataTable.Col source="contactName" disableSort>
          <TextField source="contactName" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

import { CreateButton, DataTable, List, NumberField, SearchInput, SelectField, SelectInput, useCanAccess, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { ownerships, schoolTypes } from '../common/enums';
import { GradesField } from '../common/fields';
import { CsvListActions } from '../csv/CsvListActions';

function useSchoolFilters() {
  const translate = useTranslate();
  // SearchInput shows its placeholder as given, so it is translated here.
  return [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('resources.schools.fields.q')} />,
    <SelectInput key="type" source="type" choices={schoolTypes} />,
    <SelectInput key="ownership" source="ownership" choices={ownerships} />,
  ];
}

/** No school at all: the district adds one; a school admin waits for the district. */
function SchoolEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'schools' });
  return canAccess ? (
    <EmptyState title="resources.schools.empty.title" hint="resources.schools.empty.create_hint" action={<CreateButton variant="contained" />} />
  ) : (
    <EmptyState title="resources.schools.empty.title" hint="resources.schools.empty.wait_hint" />
  );
}

const NoMatch = () => <EmptyState title="resources.schools.empty.title" hint="resources.schools.empty.no_match" />;

export function SchoolList() {
  const filters = useSchoolFilters();
  return (
    <List
      actions={<CsvListActions />}
      filters={filters}
      sort={{ field: 'code', order: 'ASC' }}
      perPage={25}
      empty={<SchoolEmpty />}
      // 导出 and 导入 are CsvListActions' own buttons (paged export, checked import), not react-admin's exporter.
      exporter={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="type" disableSort>
          <SelectField source="type" choices={schoolTypes} />
        </DataTable.Col>
        <DataTable.Col source="ownership" disableSort>
          <SelectField source="ownership" choices={ownerships} />
        </DataTable.Col>
        <DataTable.Col source="grades" disableSort>
          <GradesField source="grades" />
        </DataTable.Col>
        <DataTable.NumberCol source="studentCount" disableSort>
          <NumberField source="studentCount" locales="zh-CN" />
        </DataTable.NumberCol>
        <DataTable.Col source="principal" disableSort />
      </DataTable>
    </List>
  );
}

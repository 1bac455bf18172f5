import { AutocompleteInput, CreateButton, DataTable, List, ReferenceField, ReferenceInput, SelectField, TextField, TextInput, useCanAccess } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { semesters } from '../common/enums';
import { LocalDateField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import { CsvListActions } from '../csv/CsvListActions';

/** The school filter shows names (the API searches them with `q`), never raw ids. */
const districtFilters = [
  <ReferenceInput key="schoolId" source="schoolId" reference="schools" alwaysOn sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <TextInput key="schoolYear" source="schoolYear" />,
];
// A school admin sees only their own school's terms; a school filter would offer one choice.
const schoolFilters = districtFilters.slice(1);

function TermEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'terms' });
  return (
    <EmptyState
      title="resources.terms.empty.title"
      hint="resources.terms.empty.create_hint"
      action={canAccess ? <CreateButton variant="contained" /> : undefined}
    />
  );
}

const NoMatch = () => <EmptyState title="resources.terms.empty.title" hint="resources.terms.empty.no_match" />;

export function TermList() {
  const { identity } = useAppIdentity();
  const isDistrict = identity?.role === 'DISTRICT_ADMIN';
  return (
    <List actions={<CsvListActions />} filters={isDistrict ? districtFilters : schoolFilters} perPage={25} empty={<TermEmpty />} exporter={false}>
      {/* The API orders terms newest school year first and offers no other order. */}
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        <DataTable.Col source="schoolId" disableSort>
          <ReferenceField source="schoolId" reference="schools" link={false}>
            <TextField source="name" />
          </ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="schoolYear" disableSort />
        <DataTable.Col source="semester" disableSort>
          <SelectField source="semester" choices={semesters} />
        </DataTable.Col>
        <DataTable.Col source="startDate" disableSort field={LocalDateField} />
        <DataTable.Col source="endDate" disableSort field={LocalDateField} />
      </DataTable>
    </List>
  );
}

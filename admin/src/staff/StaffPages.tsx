import {
  BooleanField,
  Create,
  DataTable,
  Edit,
  EditButton,
  List,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  SelectInput,
  BooleanInput,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { staffDuties } from '../common/enums';
import { EnumListField, LocalDateTimeField } from '../common/fields';
import { CsvListActions } from '../csv/CsvListActions';
import { PickScopeFirst, SchoolScopePicker, useSchoolScope } from './SchoolScope';
import { StaffInputs } from './StaffInputs';

const filters = [
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="duty" source="duty" choices={staffDuties} />,
  <BooleanInput key="active" source="active" />,
];

/** A school's staff by name (教职工), filtered by duty. */
export function StaffList() {
  const { schoolId } = useSchoolScope();
  return (
    <>
      <SchoolScopePicker />
      {schoolId ? (
        <List
          actions={<CsvListActions />}
          filters={filters}
          filter={{ schoolId }}
          queryOptions={{ enabled: Boolean(schoolId) }}
          perPage={25}
          exporter={false}
          empty={<EmptyState title="resources.staffMembers.empty.title" hint="resources.staffMembers.empty.hint" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="duties" disableSort>
              <EnumListField source="duties" group="staffDuty" />
            </DataTable.Col>
            <DataTable.Col source="phone" disableSort />
            <DataTable.Col source="active" disableSort field={BooleanField} />
          </DataTable>
        </List>
      ) : (
        <PickScopeFirst />
      )}
    </>
  );
}

export function StaffShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumListField source="duties" group="staffDuty" />
        <TextField source="phone" emptyText="app.none" />
        <BooleanField source="active" />
        <LocalDateTimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}

export function StaffEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <StaffInputs schoolEditable={false} />
      </SimpleForm>
    </Edit>
  );
}

export function StaffCreate() {
  const { schoolId } = useSchoolScope();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ schoolId: schoolId || undefined, duties: ['TEACHER'], active: true }}>
        <StaffInputs schoolEditable />
      </SimpleForm>
    </Create>
  );
}

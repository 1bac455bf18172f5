import ListAltIcon from '@mui/icons-material/ListAlt';
import {
  AutocompleteInput,
  Button,
  Create,
  DataTable,
  Edit,
  EditButton,
  FormDataConsumer,
  List,
  NumberField,
  ReferenceField,
  ReferenceInput,
  ReferenceManyField,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { EmptyState } from '../common/EmptyState';
import { grades } from '../common/enums';
import { EnumChipField, LocalDateTimeField } from '../common/fields';
import { parseNumber } from '../common/inputs';
import { CsvListActions } from '../csv/CsvListActions';
import { PickScopeFirst, SchoolScopePicker, useSchoolScope } from '../staff/SchoolScope';

const filters = [<SelectInput key="grade" source="grade" choices={grades} parse={parseNumber} alwaysOn />];

/** A school's classes by grade and name, with their class teachers. */
export function ClassList() {
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
          perPage={50}
          exporter={false}
          empty={<EmptyState title="resources.schoolClasses.empty.title" hint="resources.schoolClasses.empty.hint" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="grade" disableSort />
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="classTeacherId" disableSort>
              <ReferenceField source="classTeacherId" reference="staffMembers" link={false} emptyText="app.none">
                <TextField source="name" />
              </ReferenceField>
            </DataTable.Col>
            <DataTable.Col source="studentCount" disableSort field={NumberField} />
          </DataTable>
        </List>
      ) : (
        <PickScopeFirst />
      )}
    </>
  );
}

/** 公示名单: the class's approved list with masked names, for posting (print). */
function ApprovedListButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'approvedList', resource: 'schoolClasses' });
  if (!record || !canAccess) return null;
  return (
    <Button component={Link} to={`/schoolClasses/${record.id}/approved`} label="resources.schoolClasses.approved_list">
      <ListAltIcon />
    </Button>
  );
}

export function ClassShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ApprovedListButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="grade" />
        <ReferenceField source="classTeacherId" reference="staffMembers" link="show" emptyText="app.none">
          <TextField source="name" />
        </ReferenceField>
        <NumberField source="studentCount" />
        <ReferenceManyField reference="students" target="classId" label="resources.schoolClasses.fields.students" perPage={100}>
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="status" disableSort>
              <EnumChipField source="status" group="studentStatus" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
        <LocalDateTimeField source="updatedAt" />
      </SimpleShowLayout>
    </Show>
  );
}

/** The class form: grade and name, and the class teacher among the school's staff. */
function ClassInputs({ schoolEditable }: { schoolEditable: boolean }) {
  return (
    <>
      {schoolEditable && (
        <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
      )}
      <SelectInput source="grade" choices={grades} parse={parseNumber} validate={required()} />
      <TextInput source="name" validate={required()} />
      <FormDataConsumer<{ schoolId?: string }>>
        {({ formData }) => (
          <ReferenceInput source="classTeacherId" reference="staffMembers" filter={{ schoolId: formData.schoolId, active: true }}>
            <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
          </ReferenceInput>
        )}
      </FormDataConsumer>
    </>
  );
}

export function ClassEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ClassInputs schoolEditable={false} />
      </SimpleForm>
    </Edit>
  );
}

export function ClassCreate() {
  const { schoolId } = useSchoolScope();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ schoolId: schoolId || undefined }}>
        <ClassInputs schoolEditable />
      </SimpleForm>
    </Create>
  );
}

import {
  ArrayField,
  ArrayInput,
  AutocompleteInput,
  BooleanField,
  BooleanInput,
  Create,
  DataTable,
  DateInput,
  Edit,
  EditButton,
  FormDataConsumer,
  List,
  RadioButtonGroupInput,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleFormIterator,
  SimpleShowLayout,
  TextField,
  TextInput,
  TopToolbar,
  required,
  useRecordContext,
} from 'react-admin';
import { AuditTimeline } from '../audit/AuditTimeline';
import { EmptyState } from '../common/EmptyState';
import { genders, grades, studentStatuses } from '../common/enums';
import { EnumChipField, LocalDateField, LocalDateTimeField, TimeRangeField } from '../common/fields';
import { parseNumber } from '../common/inputs';
import { CsvListActions } from '../csv/CsvListActions';
import { PickScopeFirst, SchoolScopePicker, useSchoolScope } from '../staff/SchoolScope';
import { GuardianCodeButton } from './GuardianCodeButton';

function ClassFilter({ schoolId }: { schoolId: string; source: string; alwaysOn?: boolean }) {
  return (
    <ReferenceInput source="classId" reference="schoolClasses" filter={{ schoolId }} perPage={100}>
      <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
    </ReferenceInput>
  );
}

const filtersOf = (schoolId: string) => [
  <ClassFilter key="classId" source="classId" schoolId={schoolId} alwaysOn />,
  <TextInput key="q" source="q" alwaysOn />,
  <SelectInput key="grade" source="grade" choices={grades} parse={parseNumber} />,
  <SelectInput key="status" source="status" choices={studentStatuses} />,
  <BooleanInput key="leftBehind" source="leftBehind" />,
  <BooleanInput key="hardship" source="hardship" />,
];

/** Students of a school (by grade, class and name) or of one class; 导入 takes a class list. */
export function StudentList() {
  const { schoolId } = useSchoolScope();
  return (
    <>
      <SchoolScopePicker />
      {schoolId ? (
        <List
          actions={<CsvListActions />}
          filters={filtersOf(schoolId)}
          filter={{ schoolId }}
          queryOptions={{ enabled: Boolean(schoolId) }}
          perPage={50}
          exporter={false}
          empty={<EmptyState title="resources.students.empty.title" hint="resources.students.empty.hint" />}
        >
          <DataTable rowClick="show" bulkActionButtons={false}>
            <DataTable.Col source="name" disableSort />
            <DataTable.Col source="className" disableSort />
            <DataTable.Col source="leftBehind" disableSort field={BooleanField} />
            <DataTable.Col source="hardship" disableSort field={BooleanField} />
            <DataTable.Col source="status" disableSort>
              <EnumChipField source="status" group="studentStatus" />
            </DataTable.Col>
          </DataTable>
        </List>
      ) : (
        <PickScopeFirst />
      )}
    </>
  );
}

function StudentAudit() {
  const record = useRecordContext();
  return record ? <AuditTimeline entityId={String(record.id)} /> : null;
}

/** One student in full: reading it is recorded in the student's audit trail (SPEC §3.11). */
export function StudentShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <GuardianCodeButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="className" />
        <EnumChipField source="gender" group="gender" />
        <BooleanField source="leftBehind" />
        <BooleanField source="hardship" />
        <EnumChipField source="status" group="studentStatus" />
        <LocalDateField source="leftOn" />
        <ArrayField source="guardians">
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="name" label="resources.students.fields.guardianName" />
            <DataTable.Col source="relation" label="resources.students.fields.relation" />
            <DataTable.Col source="phone" label="resources.students.fields.phone" />
            <DataTable.Col source="linked" label="resources.students.fields.linked" field={BooleanField} />
          </DataTable>
        </ArrayField>
        <ArrayField source="applications">
          <DataTable bulkActionButtons={false} rowClick={(id) => `/enrolmentApplications/${id}/show`}>
            <DataTable.Col source="status" label="resources.enrolmentApplications.fields.status">
              <EnumChipField source="status" group="applicationStatus" />
            </DataTable.Col>
            <DataTable.Col source="pickupSlot" label="resources.enrolmentApplications.fields.pickupSlot" />
            <DataTable.Col source="submittedAt" label="resources.enrolmentApplications.fields.submittedAt" field={LocalDateTimeField} />
          </DataTable>
        </ArrayField>
        <ArrayField source="activities">
          <DataTable bulkActionButtons={false} rowClick={(id) => `/activities/${id}/show`}>
            <DataTable.Col source="title" label="resources.activities.fields.title" />
            <DataTable.Col source="weekday" label="resources.activities.fields.time">
              <TimeRangeField withWeekday />
            </DataTable.Col>
          </DataTable>
        </ArrayField>
        <StudentAudit />
      </SimpleShowLayout>
    </Show>
  );
}

/** The student form: class, name, circumstances and guardian contacts; leaving the school on edit. */
function StudentInputs({ edit }: { edit: boolean }) {
  const { schoolId } = useSchoolScope();
  return (
    <>
      <FormDataConsumer<{ schoolId?: string }>>
        {({ formData }) => (
          <ReferenceInput source="classId" reference="schoolClasses" filter={{ schoolId: formData.schoolId ?? schoolId }} perPage={100}>
            <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 240 }} />
          </ReferenceInput>
        )}
      </FormDataConsumer>
      <TextInput source="name" validate={required()} />
      <RadioButtonGroupInput source="gender" choices={genders} />
      <BooleanInput source="leftBehind" />
      <BooleanInput source="hardship" />
      <ArrayInput source="guardians">
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="resources.students.fields.guardianName" validate={required()} helperText={false} />
          <TextInput source="relation" label="resources.students.fields.relation" helperText={false} />
          <TextInput source="phone" label="resources.students.fields.phone" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      {edit && (
        <>
          <SelectInput source="status" choices={studentStatuses} />
          <DateInput source="leftOn" />
        </>
      )}
    </>
  );
}

export function StudentEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <StudentInputs edit />
      </SimpleForm>
    </Edit>
  );
}

export function StudentCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ leftBehind: false, hardship: false, guardians: [] }}>
        <StudentInputs edit={false} />
      </SimpleForm>
    </Create>
  );
}

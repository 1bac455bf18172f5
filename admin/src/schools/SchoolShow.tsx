import { Stack, Typography } from '@mui/material';
import {
  ArrayField,
  CreateButton,
  DataTable,
  EditButton,
  NumberField,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { leadershipRoles, ownerships, schoolTypes, semesters } from '../common/enums';
import { GradesField, LocalDateField, LocalDateTimeField } from '../common/fields';
import type { SchoolFieldsFragment } from '../generated/graphql';

function PickupSlots() {
  const record = useRecordContext<SchoolFieldsFragment>();
  const translate = useTranslate();
  const slots = record?.pickupSlots ?? [];
  const separator = translate('app.list_separator');
  if (slots.length === 0) return <Typography variant="body2">{translate('app.none')}</Typography>;
  return (
    <Stack spacing={0.5}>
      {slots.map((slot) => (
        <Typography key={slot.grades.join(',')} variant="body2">
          {translate('resources.schools.pickup_line', {
            grades: slot.grades.map((grade) => translate('app.enums.grade', { grade })).join(separator),
            times: slot.times.join(separator),
          })}
        </Typography>
      ))}
    </Stack>
  );
}

/** A new term for this school, with the school already chosen. */
function AddTermButton() {
  const record = useRecordContext();
  return <CreateButton resource="terms" label="resources.terms.add_for_school" state={{ record: { schoolId: record?.id } }} />;
}

function SchoolTerms() {
  return (
    <ReferenceManyField
      reference="terms"
      target="schoolId"
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
      empty={<EmptyState title="resources.terms.empty.title" hint="resources.terms.empty.school_hint" action={<AddTermButton />} />}
    >
      <Stack direction="row" sx={{ justifyContent: 'flex-end' }}>
        <AddTermButton />
      </Stack>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="schoolYear" disableSort />
        <DataTable.Col source="semester" disableSort>
          <SelectField source="semester" choices={semesters} />
        </DataTable.Col>
        <DataTable.Col source="startDate" disableSort field={LocalDateField} />
        <DataTable.Col source="endDate" disableSort field={LocalDateField} />
      </DataTable>
    </ReferenceManyField>
  );
}

export function SchoolShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.schools.tabs.overview">
          <TextField source="name" />
          <TextField source="code" />
          <SelectField source="type" choices={schoolTypes} />
          <SelectField source="ownership" choices={ownerships} />
          <GradesField source="grades" />
          <NumberField source="studentCount" locales="zh-CN" />
          <TextField source="address" emptyText="app.none" />
          <TextField source="principal" emptyText="app.none" />
          <LocalDateTimeField source="updatedAt" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.schools.tabs.leadership">
          <ArrayField source="leadershipGroup">
            <DataTable bulkActionButtons={false} rowClick={false}>
              <DataTable.Col source="role" label="resources.schools.fields.leadershipRole">
                <SelectField source="role" choices={leadershipRoles} />
              </DataTable.Col>
              <DataTable.Col source="name" label="resources.schools.fields.memberName" />
              <DataTable.Col source="title" label="resources.schools.fields.memberTitle" />
            </DataTable>
          </ArrayField>
          <PickupSlots />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.schools.tabs.terms" path="terms">
          <SchoolTerms />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

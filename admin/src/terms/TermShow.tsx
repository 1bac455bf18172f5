import { EditButton, Labeled, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { TermCalendar } from './TermCalendar';
import { semesters } from '../common/enums';
import { DateListField, LocalDateField, LocalDateTimeField } from '../common/fields';
import { CopyToAllSchoolsButton } from './CopyToAllSchoolsButton';

export function TermShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <CopyToAllSchoolsButton />
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <ReferenceField source="schoolId" reference="schools" link="show">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="schoolYear" />
        <SelectField source="semester" choices={semesters} />
        <LocalDateField source="startDate" />
        <LocalDateField source="endDate" />
        <DateListField source="excludedDates" />
        <LocalDateTimeField source="updatedAt" />
        <Labeled label="resources.terms.calendar.title" fullWidth>
          <TermCalendar />
        </Labeled>
      </SimpleShowLayout>
    </Show>
  );
}

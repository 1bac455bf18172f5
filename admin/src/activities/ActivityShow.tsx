import { EditButton, Labeled, NumberField, ReferenceField, SelectField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { AuditTimeline } from '../audit/AuditTimeline';
import { activityCategories, serviceSegments } from '../common/enums';
import { EnumChipField, GradesField, LocalDateTimeField, TimeRangeField } from '../common/fields';
import { TermTitle } from '../terms/TermTitle';
import { PersonInCharge } from './ActivityTitle';
import { RosterPanel } from '../enrolment/RosterPanel';

function ActivityAudit() {
  const record = useRecordContext();
  return record ? <AuditTimeline entityId={String(record.id)} /> : null;
}

export function ActivityShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <EditButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <ReferenceField source="schoolId" reference="schools" link="show">
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="termId" reference="terms" link="show">
          <TermTitle />
        </ReferenceField>
        <TimeRangeField withWeekday label="resources.activities.fields.time" />
        <TextField source="title" />
        <SelectField source="category" choices={activityCategories} />
        <TextField source="venue" />
        <SelectField source="segment" choices={serviceSegments} />
        <Labeled label="resources.activities.fields.person">
          <PersonInCharge />
        </Labeled>
        <ReferenceField source="contractId" reference="contracts" link="show" emptyText="app.none" />
        <GradesField source="grades" />
        <NumberField source="capacity" />
        <NumberField source="enrolledCount" />
        <EnumChipField source="status" group="activityStatus" />
        <LocalDateTimeField source="updatedAt" />
        <RosterPanel />
        <ActivityAudit />
      </SimpleShowLayout>
    </Show>
  );
}

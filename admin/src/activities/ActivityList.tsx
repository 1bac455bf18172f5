import { CreateButton, DataTable, List, ReferenceField, SelectField, TextField, useCanAccess, useRecordContext } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { activityCategories, serviceSegments } from '../common/enums';
import { EnumChipField, GradesField, TimeRangeField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import { activityFilters } from './ActivityFilters';
import { PersonInCharge } from './ActivityTitle';
import { CsvListActions } from '../csv/CsvListActions';

function ActivityEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'activities' });
  return (
    <EmptyState
      title="resources.activities.empty.title"
      hint={canAccess ? 'resources.activities.empty.create_hint' : 'resources.activities.empty.read_hint'}
      action={canAccess ? <CreateButton variant="contained" /> : undefined}
    />
  );
}

const NoMatch = () => <EmptyState title="resources.activities.empty.title" hint="resources.activities.empty.no_match" />;

function Enrolment() {
  const record = useRecordContext();
  return record ? <span>{`${record.enrolledCount} / ${record.capacity}`}</span> : null;
}

export function ActivityList() {
  const { identity } = useAppIdentity();
  const isDistrict = identity?.role === 'DISTRICT_ADMIN';
  return (
    <List actions={<CsvListActions />} filters={activityFilters(isDistrict)} perPage={25} empty={<ActivityEmpty />} exporter={false}>
      {/* With a term chosen the API orders rows by weekday and start time; there is no other order. */}
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        {isDistrict && (
          <DataTable.Col source="schoolId" disableSort>
            <ReferenceField source="schoolId" reference="schools" link={false}>
              <TextField source="name" />
            </ReferenceField>
          </DataTable.Col>
        )}
        <DataTable.Col source="weekday" label="resources.activities.fields.time" disableSort>
          <TimeRangeField withWeekday />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="category" disableSort>
          <SelectField source="category" choices={activityCategories} />
        </DataTable.Col>
        <DataTable.Col source="venue" disableSort />
        <DataTable.Col source="segment" disableSort>
          <SelectField source="segment" choices={serviceSegments} />
        </DataTable.Col>
        <DataTable.Col source="staffName" label="resources.activities.fields.person" disableSort>
          <PersonInCharge />
        </DataTable.Col>
        <DataTable.Col source="grades" disableSort>
          <GradesField source="grades" />
        </DataTable.Col>
        <DataTable.Col source="enrolledCount" label="resources.activities.fields.enrolment" disableSort>
          <Enrolment />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="activityStatus" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}

import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  ReferenceArrayField,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AuditTimeline } from '../audit/AuditTimeline';
import { EmptyState } from '../common/EmptyState';
import { applicationStatuses } from '../common/enums';
import { EnumChipField, EnumListField, LocalDateField, LocalDateTimeField } from '../common/fields';
import type { EnrolmentApplicationFieldsFragment } from '../generated/graphql';
import { PickScopeFirst, SchoolScopePicker, useSchoolScope } from '../staff/SchoolScope';
import { TermTitle } from '../terms/TermTitle';
import { ApplicationButtons, BulkApproveButton } from './ApplicationButtons';

/** 优先 for left-behind and hardship children: the queue is ordered by it, then by time. */
function PriorityChip() {
  const record = useRecordContext<EnrolmentApplicationFieldsFragment>();
  const translate = useTranslate();
  if (!record) return null;
  return <Chip size="small" color={record.priority > 0 ? 'warning' : 'default'} label={translate(`app.people.priority.${record.priority}`)} />;
}

function StudentName() {
  const record = useRecordContext<EnrolmentApplicationFieldsFragment>();
  const translate = useTranslate();
  return record?.student ? <span>{translate('app.format.note', { text: record.student.name, note: record.student.className ?? '' })}</span> : null;
}

const filtersOf = (schoolId: string) => [
  <SelectInput key="status" source="status" choices={applicationStatuses} alwaysOn />,
  <ReferenceInput key="classId" source="classId" reference="schoolClasses" filter={{ schoolId }} perPage={100} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];

/** The queue of a school's term (申请审核): priority first, then time; bulk approval of class-approved ones. */
export function ApplicationList() {
  const { schoolId, termId } = useSchoolScope();
  const ready = Boolean(schoolId && termId);
  return (
    <>
      <SchoolScopePicker withTerm />
      {ready ? (
        <List
          filters={filtersOf(schoolId)}
          filter={{ schoolId, termId }}
          filterDefaultValues={{ status: 'CLASS_APPROVED' }}
          queryOptions={{ enabled: ready }}
          perPage={50}
          exporter={false}
          empty={<EmptyState title="resources.enrolmentApplications.empty.title" hint="resources.enrolmentApplications.empty.hint" />}
        >
          <DataTable rowClick="show" bulkActionButtons={<BulkApproveButton />}>
            <DataTable.Col source="priority" disableSort>
              <PriorityChip />
            </DataTable.Col>
            <DataTable.Col source="studentId" disableSort>
              <StudentName />
            </DataTable.Col>
            <DataTable.Col source="status" disableSort>
              <EnumChipField source="status" group="applicationStatus" />
            </DataTable.Col>
            <DataTable.Col source="days" disableSort>
              <EnumListField source="days" group="weekday" />
            </DataTable.Col>
            <DataTable.Col source="pickupSlot" disableSort />
            <DataTable.Col source="lateCare" disableSort field={BooleanField} />
            <DataTable.Col source="submittedAt" disableSort field={LocalDateTimeField} />
          </DataTable>
        </List>
      ) : (
        <PickScopeFirst />
      )}
    </>
  );
}

function ApplicationAudit() {
  const record = useRecordContext();
  return record ? <AuditTimeline entityId={String(record.id)} /> : null;
}

export function ApplicationShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <ApplicationButtons />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <ReferenceField source="studentId" reference="students" link="show">
          <TextField source="name" />
        </ReferenceField>
        <ReferenceField source="termId" reference="terms" link={false}>
          <TermTitle />
        </ReferenceField>
        <EnumChipField source="status" group="applicationStatus" />
        <PriorityChip />
        <EnumListField source="days" group="weekday" />
        <BooleanField source="lateCare" />
        <TextField source="pickupSlot" />
        <ReferenceArrayField source="activityIds" reference="activities">
          <DataTable bulkActionButtons={false}>
            <DataTable.Col source="title" label="resources.activities.fields.title" />
          </DataTable>
        </ReferenceArrayField>
        <TextField source="reason" emptyText="app.none" />
        <TextField source="classComment" emptyText="app.none" />
        <TextField source="decisionComment" emptyText="app.none" />
        <EnumChipField source="submittedVia" group="submissionChannel" />
        <LocalDateTimeField source="submittedAt" />
        <LocalDateTimeField source="consentAt" />
        <TextField source="consentText" sx={{ whiteSpace: 'pre-line' }} />
        <LocalDateField source="withdrawnFrom" />
        <EnumChipField source="optOutReason" group="optOutReason" />
        <ApplicationAudit />
      </SimpleShowLayout>
    </Show>
  );
}

import { Typography } from '@mui/material';
import {
  DataTable,
  DeleteButton,
  EditButton,
  Labeled,
  NumberField,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { PersonInCharge } from '../activities/ActivityTitle';
import { AuditTimeline } from '../audit/AuditTimeline';
import { EmptyState } from '../common/EmptyState';
import { activityCategories } from '../common/enums';
import { EnumChipField, LocalDateField, LocalDateTimeField, TimeRangeField, YuanField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import { DocumentLink } from '../documents/DocumentLink';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import type { ContractFieldsFragment } from '../generated/graphql';
import { allowedContractActions } from './contractActions';
import { ContractTerm } from './ContractTitle';
import { ContractWorkflowButtons } from './ContractWorkflowButtons';

function ContractActions() {
  const record = useRecordContext<ContractFieldsFragment>();
  const { identity } = useAppIdentity();
  const allowed = record ? allowedContractActions(record.status, identity?.role) : [];
  return (
    <TopToolbar>
      <ContractWorkflowButtons />
      {allowed.includes('edit') && <EditButton />}
      {allowed.includes('delete') && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}

/** Clause 4 as one line: `85 元/课时 × 40 课时 = ¥3,400.00`. */
function Expenses() {
  const record = useRecordContext<ContractFieldsFragment>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Typography variant="body2">
      {translate('resources.contracts.expenses_line', { rate: record.ratePerHour, hours: record.hours })} <YuanField source="totalAmount" />
    </Typography>
  );
}

function SignedDocument() {
  const record = useRecordContext<ContractFieldsFragment>();
  const translate = useTranslate();
  if (!record?.signedDocumentId) return <Typography variant="body2">{translate('app.none')}</Typography>;
  return <DocumentLink documentId={record.signedDocumentId} />;
}

function ContractActivities() {
  return (
    <ReferenceManyField
      reference="activities"
      target="contractId"
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
      empty={<EmptyState title="resources.activities.empty.title" hint="resources.contracts.no_activities" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="weekday" label="resources.activities.fields.time" disableSort>
          <TimeRangeField withWeekday />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="category" disableSort>
          <SelectField source="category" choices={activityCategories} />
        </DataTable.Col>
        <DataTable.Col source="venue" disableSort />
        <DataTable.Col source="staffName" label="resources.activities.fields.person" disableSort>
          <PersonInCharge />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="activityStatus" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

function ContractDocuments() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ action: 'uploadDocument', resource: 'contracts' });
  return record ? <DocumentsPanel ownerId={String(record.id)} canUpload={!!canAccess} /> : null;
}

function ContractAudit() {
  const record = useRecordContext();
  return record ? <AuditTimeline entityId={String(record.id)} /> : null;
}

export function ContractShow() {
  return (
    <Show actions={<ContractActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.contracts.tabs.clauses">
          <ReferenceField source="providerId" reference="providers" link="show">
            <TextField source="name" />
          </ReferenceField>
          <TextField source="school.name" label="resources.contracts.fields.schoolId" />
          <Labeled label="resources.contracts.fields.termId">
            <ContractTerm />
          </Labeled>
          <EnumChipField source="status" group="contractStatus" />
          <LocalDateField source="startDate" />
          <LocalDateField source="endDate" />
          <TextField source="serviceMethod" />
          <TextField source="serviceContent" />
          <TextField source="safetyMeasures" />
          <Labeled label="resources.contracts.fields.expenses">
            <Expenses />
          </Labeled>
          <NumberField source="activityIds.length" label="resources.contracts.fields.activityCount" />
          <Labeled label="resources.contracts.fields.signedDocumentId">
            <SignedDocument />
          </Labeled>
          <LocalDateTimeField source="signedAt" />
          <LocalDateTimeField source="activatedAt" />
          <LocalDateTimeField source="terminatedAt" />
          <TextField source="terminationReason" emptyText="app.none" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.contracts.tabs.activities" path="activities">
          <ContractActivities />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.contracts.tabs.documents" path="documents">
          <ContractDocuments />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.contracts.tabs.audit" path="audit">
          <ContractAudit />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

import {
  DataTable,
  DeleteButton,
  EditButton,
  Pagination,
  ReferenceManyField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useCanAccess,
  useRecordContext,
} from 'react-admin';
import { AuditTimeline } from '../audit/AuditTimeline';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, EnumListField, LocalDateField, LocalDateTimeField, YuanField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import type { ProviderFieldsFragment } from '../generated/graphql';
import { allowedProviderActions } from './providerActions';
import { QualificationsPanel, StaffPanel, StandingPanel } from './ProviderPanels';
import { ProviderWorkflowButtons } from './ProviderWorkflowButtons';
import { ReasonField } from '../exits/exitReason';

function ProviderActions() {
  const record = useRecordContext<ProviderFieldsFragment>();
  const { identity } = useAppIdentity();
  const allowed = record ? allowedProviderActions(record.status, identity?.role, { own: identity?.providerId === record.id }) : [];
  return (
    <TopToolbar>
      <ProviderWorkflowButtons />
      {allowed.includes('edit') && <EditButton />}
      {allowed.includes('delete') && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}

function ProviderContracts() {
  return (
    <ReferenceManyField
      reference="contracts"
      target="providerId"
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
      empty={<EmptyState title="resources.contracts.empty.title" hint="resources.contracts.empty.provider_hint" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="school.name" label="resources.contracts.fields.schoolId" disableSort />
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="contractStatus" />
        </DataTable.Col>
        <DataTable.Col source="startDate" disableSort field={LocalDateField} />
        <DataTable.Col source="endDate" disableSort field={LocalDateField} />
        <DataTable.Col source="totalAmount" disableSort>
          <YuanField source="totalAmount" />
        </DataTable.Col>
      </DataTable>
    </ReferenceManyField>
  );
}

function ProviderExits() {
  return (
    <ReferenceManyField
      reference="providerExits"
      target="providerId"
      perPage={10}
      empty={<EmptyState title="resources.providerExits.empty.title" hint="resources.providerExits.empty.provider_hint" />}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="exitStatus" />
        </DataTable.Col>
        <DataTable.Col source="trigger" disableSort>
          <EnumChipField source="trigger" group="exitTrigger" />
        </DataTable.Col>
        <DataTable.Col source="reason" disableSort>
          <ReasonField />
        </DataTable.Col>
        <DataTable.Col source="createdAt" disableSort field={LocalDateTimeField} />
      </DataTable>
    </ReferenceManyField>
  );
}

function ProviderDocuments() {
  const record = useRecordContext();
  const { identity } = useAppIdentity();
  const { canAccess } = useCanAccess({ action: 'uploadDocument', resource: 'providers' });
  if (!record) return null;
  const own = identity?.role !== 'PROVIDER' || identity.providerId === record.id;
  return <DocumentsPanel ownerId={String(record.id)} canUpload={!!canAccess && own} />;
}

function ProviderAudit() {
  const record = useRecordContext();
  return record ? <AuditTimeline entityId={String(record.id)} /> : null;
}

export function ProviderShow() {
  const exits = useCanAccess({ action: 'list', resource: 'providerExits' });
  return (
    <Show actions={<ProviderActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.providers.tabs.overview">
          <TextField source="name" />
          <TextField source="creditCode" />
          <EnumChipField source="kind" group="providerKind" />
          <EnumChipField source="status" group="providerStatus" />
          <EnumListField source="serviceCategories" group="activityCategory" />
          <TextField source="contactName" />
          <TextField source="contactPhone" />
          <TextField source="address" emptyText="app.none" />
          <TextField source="reviewComment" emptyText="app.none" />
          <LocalDateField source="reentryDate" />
          <LocalDateTimeField source="updatedAt" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.providers.tabs.qualifications" path="qualifications">
          <QualificationsPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.providers.tabs.staff" path="staff">
          <StaffPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.providers.tabs.standing" path="standing">
          <StandingPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.providers.tabs.contracts" path="contracts">
          <ProviderContracts />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.providers.tabs.documents" path="documents">
          <ProviderDocuments />
        </TabbedShowLayout.Tab>
        {exits.canAccess && (
          <TabbedShowLayout.Tab label="resources.providers.tabs.exits" path="exits">
            <ProviderExits />
          </TabbedShowLayout.Tab>
        )}
        <TabbedShowLayout.Tab label="resources.providers.tabs.audit" path="audit">
          <ProviderAudit />
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
}

import { CreateButton, DataTable, List, NumberField, SelectInput, useCanAccess } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, LocalDateTimeField } from '../common/fields';
import { surveyKinds, surveyScopes, surveyStatuses } from './surveyChoices';
import { CsvListActions } from '../csv/CsvListActions';

const filters = [
  <SelectInput key="status" source="status" choices={surveyStatuses} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={surveyKinds} alwaysOn />,
  <SelectInput key="scope" source="scope" choices={surveyScopes} alwaysOn />,
];

function SurveyEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'surveys' });
  return (
    <EmptyState
      title="resources.surveys.empty.title"
      hint={canAccess ? 'resources.surveys.empty.create_hint' : 'resources.surveys.empty.read_hint'}
      action={canAccess ? <CreateButton variant="contained" /> : undefined}
    />
  );
}

const NoMatch = () => <EmptyState title="resources.surveys.empty.title" hint="resources.surveys.empty.no_match" />;

export function SurveyList() {
  return (
    <List actions={<CsvListActions />} filters={filters} perPage={25} empty={<SurveyEmpty />} exporter={false}>
      {/* Newest first; the API offers no other order. */}
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumChipField source="kind" group="surveyKind" />
        </DataTable.Col>
        <DataTable.Col source="scope" disableSort>
          <EnumChipField source="scope" group="surveyScope" />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChipField source="status" group="surveyStatus" />
        </DataTable.Col>
        <DataTable.NumberCol source="responseCount" disableSort>
          <NumberField source="responseCount" locales="zh-CN" />
        </DataTable.NumberCol>
        <DataTable.Col source="openedAt" disableSort field={LocalDateTimeField} />
        <DataTable.Col source="createdAt" disableSort field={LocalDateTimeField} />
      </DataTable>
    </List>
  );
}

import { Tab, Tabs } from '@mui/material';
import {
  CreateButton,
  DataTable,
  List,
  NumberField,
  SelectInput,
  SimpleList,
  useCanAccess,
  useListContext,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import { EmptyState } from '../common/EmptyState';
import { EnumChipField, LocalDateTimeField } from '../common/fields';
import { surveyKinds, surveyScopes, surveyStatuses } from './surveyChoices';
import { CsvListActions } from '../csv/CsvListActions';
import { CardLine, ResponsiveRows } from '../common/ResponsiveRows';
import { formatNumber } from '../common/numbers';
import type { SurveyFieldsFragment } from '../generated/graphql';

const filters = [
  <SelectInput key="status" source="status" choices={surveyStatuses} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={surveyKinds} alwaysOn />,
  <SelectInput key="scope" source="scope" choices={surveyScopes} alwaysOn />,
];

// A school admin picks whose surveys with the tabs above the list.
const schoolFilters = filters.filter((filter) => filter.key !== 'scope');

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

/**
 * A school admin's two lists: the school's own surveys, and the district's published surveys seen as the school's
 * slice (their results count only the school's answers).
 */
function SchoolScopeTabs() {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const district = filterValues.scope === 'DISTRICT';
  return (
    <Tabs
      value={district ? 'district' : 'own'}
      sx={{ mb: 1 }}
      variant="scrollable"
      allowScrollButtonsMobile
      onChange={(_event, value: string) => setFilters(value === 'district' ? { scope: 'DISTRICT' } : {}, displayedFilters)}
    >
      <Tab value="own" label={translate('resources.surveys.slice.own')} />
      <Tab value="district" label={translate('resources.surveys.slice.district')} />
    </Tabs>
  );
}

/** A survey as a card on a phone: kind, scope and status; the answers so far. */
function SurveyCard() {
  const record = useRecordContext<SurveyFieldsFragment>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <CardLine
      parts={[
        translate(`app.enums.surveyKind.${record.kind}`),
        translate(`app.enums.surveyScope.${record.scope}`),
        translate(`app.enums.surveyStatus.${record.status}`),
        translate('resources.surveys.results.answered', { count: formatNumber(record.responseCount, locale) }),
      ]}
    />
  );
}

export function SurveyList() {
  const { identity } = useAppIdentity();
  const school = identity?.role === 'SCHOOL_ADMIN';
  return (
    // A school admin always sees the list (and its tabs): an empty own list must not hide the district's surveys.
    <List actions={<CsvListActions />} filters={school ? schoolFilters : filters} perPage={25} empty={school ? false : <SurveyEmpty />} exporter={false}>
      {school && <SchoolScopeTabs />}
      {/* Newest first; the API offers no other order. */}
      <ResponsiveRows phone={<SimpleList rowClick="show" empty={<NoMatch />} primaryText={(record) => record.title} secondaryText={<SurveyCard />} />}>
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
      </ResponsiveRows>
    </List>
  );
}

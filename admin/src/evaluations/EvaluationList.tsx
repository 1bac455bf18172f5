import { Chip } from '@mui/material';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  List,
  ReferenceInput,
  SelectInput,
  useCanAccess,
  useListContext,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { evaluationKinds } from '../common/enums';
import { EnumChipField, LocalDateField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import type { EvaluationFieldsFragment } from '../generated/graphql';
import { useExitThreshold } from './useExitThreshold';
import { CsvListActions } from '../csv/CsvListActions';

/** "低于阈值": only totals below the policy's exit threshold (`totalBelow`). */
function BelowThresholdChip(_props: { source: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const threshold = useExitThreshold();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  if (threshold === undefined) return null;
  const on = filterValues.totalBelow != null;
  const toggle = () => {
    const { totalBelow: _removed, ...rest } = filterValues;
    setFilters(on ? rest : { ...rest, totalBelow: threshold }, displayedFilters);
  };
  return (
    <Chip
      label={translate('resources.evaluations.below_threshold', { threshold })}
      color={on ? 'error' : 'default'}
      variant={on ? 'filled' : 'outlined'}
      onClick={toggle}
      aria-pressed={on}
      sx={{ mb: 1, alignSelf: 'center' }}
    />
  );
}

function evaluationFilters(role: string | undefined) {
  return [
    ...(role !== 'PROVIDER'
      ? [
          <ReferenceInput key="providerId" source="providerId" reference="providers" alwaysOn>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    ...(role === 'DISTRICT_ADMIN'
      ? [
          <ReferenceInput key="schoolId" source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
          </ReferenceInput>,
        ]
      : []),
    <SelectInput key="kind" source="kind" choices={evaluationKinds} />,
    <BelowThresholdChip key="totalBelow" source="totalBelow" alwaysOn />,
  ];
}

/** The total, red when below the exit threshold, marked when a later evaluation corrects it. */
export function TotalField(_props: { label?: string }) {
  const record = useRecordContext<EvaluationFieldsFragment>();
  const translate = useTranslate();
  const threshold = useExitThreshold();
  if (!record) return null;
  const low = threshold !== undefined && record.total < threshold;
  return (
    <span>
      <Chip size="small" color={low ? 'error' : 'default'} label={record.total} />
      {record.supersededById && <Chip size="small" variant="outlined" sx={{ ml: 0.5 }} label={translate('resources.evaluations.superseded')} />}
    </span>
  );
}

function EvaluationEmpty() {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'evaluations' });
  return (
    <EmptyState
      title="resources.evaluations.empty.title"
      hint={canAccess ? 'resources.evaluations.empty.create_hint' : 'resources.evaluations.empty.read_hint'}
      action={canAccess ? <CreateButton variant="contained" /> : undefined}
    />
  );
}

const NoMatch = () => <EmptyState title="resources.evaluations.empty.title" hint="resources.evaluations.empty.no_match" />;

export function EvaluationList() {
  const { identity } = useAppIdentity();
  return (
    <List actions={<CsvListActions />} filters={evaluationFilters(identity?.role)} perPage={25} empty={<EvaluationEmpty />} exporter={false}>
      {/* Newest first; the API offers no other order. */}
      <DataTable rowClick="show" bulkActionButtons={false} empty={<NoMatch />}>
        <DataTable.Col source="date" disableSort field={LocalDateField} />
        <DataTable.Col source="provider.name" label="resources.evaluations.fields.providerId" disableSort />
        <DataTable.Col source="school.name" label="resources.evaluations.fields.schoolId" disableSort />
        <DataTable.Col source="kind" disableSort>
          <EnumChipField source="kind" group="evaluationKind" />
        </DataTable.Col>
        <DataTable.Col source="total" disableSort>
          <TotalField />
        </DataTable.Col>
        <DataTable.Col source="evaluator" disableSort />
      </DataTable>
    </List>
  );
}

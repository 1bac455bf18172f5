import { Alert } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  Create,
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
  useLocaleState,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { dateInDays } from '../contracts/contractApi';
import { formatDate } from '../common/dates';
import { EVALUATION_CRITERIA, evaluationCriteria, evaluationKinds } from '../common/enums';
import { useAppIdentity } from '../common/useIdentity';

const validateScore = [required(), minValue(0), maxValue(100)];

/** The evaluation a correction replaces: same provider and school, not yet corrected. */
function SupersedesInput() {
  const [locale] = useLocaleState();
  const label = (evaluation: RaRecord) =>
    `${formatDate(evaluation.date, locale)} · ${evaluation.total} · ${evaluation.evaluator}${evaluation.supersededById ? ' ✕' : ''}`;
  return (
    <FormDataConsumer<{ providerId?: string; schoolId?: string; supersedesId?: string }>>
      {({ formData }) =>
        formData.providerId && formData.schoolId ? (
          <ReferenceInput source="supersedesId" reference="evaluations" filter={{ providerId: formData.providerId, schoolId: formData.schoolId }}>
            <AutocompleteInput optionText={label} sx={{ minWidth: 360 }} helperText="resources.evaluations.helper.supersedes" />
          </ReferenceInput>
        ) : null
      }
    </FormDataConsumer>
  );
}

function CorrectionNotice() {
  const translate = useTranslate();
  return (
    <FormDataConsumer<{ supersedesId?: string }>>
      {({ formData }) =>
        formData.supersedesId ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.evaluations.correction_notice')}
          </Alert>
        ) : null
      }
    </FormDataConsumer>
  );
}

/**
 * Records an evaluation (append-only). "更正" on an evaluation opens this form prefilled, with the
 * evaluation it corrects in `supersedesId` (react-admin's `state.record` wins over the defaults).
 */
export function EvaluationCreate() {
  const { identity } = useAppIdentity();
  const defaults = {
    schoolId: identity?.schoolId ?? undefined,
    kind: 'SPOT_CHECK',
    date: dateInDays(0),
    scores: EVALUATION_CRITERIA.map((criterion) => ({ criterion, score: null })),
  };
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <CorrectionNotice />
        <ReferenceInput source="providerId" reference="providers">
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
        {identity?.role === 'DISTRICT_ADMIN' && (
          <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
          </ReferenceInput>
        )}
        <SelectInput source="kind" choices={evaluationKinds} validate={required()} />
        <DateInput source="date" validate={required()} />
        <TextInput source="evaluator" validate={required()} />
        <ArrayInput source="scores" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <SelectInput
              source="criterion"
              label="resources.evaluations.fields.criterion"
              choices={evaluationCriteria}
              validate={required()}
              helperText={false}
            />
            <NumberInput source="score" label="resources.evaluations.fields.score" validate={validateScore} min={0} max={100} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <NumberInput source="total" validate={[minValue(0), maxValue(100)]} helperText="resources.evaluations.helper.total" />
        <TextInput source="findings" multiline fullWidth />
        <SupersedesInput />
      </SimpleForm>
    </Create>
  );
}

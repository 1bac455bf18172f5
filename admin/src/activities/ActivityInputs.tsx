import { Alert, Typography } from '@mui/material';
import {
  AutocompleteInput,
  FormDataConsumer,
  Labeled,
  Link,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  regex,
  required,
  useTranslate,
  type RaRecord,
  type TranslateFunction,
  type Validator,
} from 'react-admin';
import { activityCategories, activityStatuses, serviceSegments, weekdays } from '../common/enums';
import { GradesInput, LocalTimeInput } from '../common/inputs';
import { useTermLabel } from '../common/SchoolTermPicker';
import { TermTitle } from '../terms/TermTitle';

const validateTime: Validator[] = [required(), regex(/^([01]\d|2[0-3]):[0-5][05]$/, 'resources.activities.validation.five_minutes')];
// `HH:mm` strings compare in time order.
const validateEnd: Validator[] = [
  ...validateTime,
  (value: unknown, values: { startTime?: string }) =>
    typeof value === 'string' && values.startTime && value <= values.startTime ? 'resources.activities.validation.end_after_start' : undefined,
];

export const runByChoices = [
  { id: 'STAFF', name: 'resources.activities.run_by.STAFF' },
  { id: 'PROVIDER', name: 'resources.activities.run_by.PROVIDER' },
];

/** How the form shows who runs an activity; the API only knows staffName/providerId/contractId. */
export const runByOf = (record: RaRecord | undefined) => (record?.providerId || record?.contractId ? 'PROVIDER' : 'STAFF');

/** The contract label in pickers: provider, period and status. */
const contractLabel = (translate: TranslateFunction) => (contract: RaRecord) =>
  translate('app.format.note', { text: contract.provider?.name ?? contract.providerId, note: `${contract.startDate}–${contract.endDate}` });

/** A provider runs an activity only under its ACTIVE contract for this school and term. */
function ContractInput({ schoolId, termId }: { schoolId?: string; termId?: string }) {
  const translate = useTranslate();
  if (!schoolId || !termId) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.activities.helper.pick_term_first')}
      </Typography>
    );
  }
  return (
    <ReferenceInput source="contractId" reference="contracts" filter={{ schoolId, termId, status: 'ACTIVE' }}>
      <AutocompleteInput
        optionText={contractLabel(translate)}
        validate={required()}
        sx={{ minWidth: 360 }}
        helperText="resources.activities.helper.contract"
        noOptionsText={translate('resources.activities.helper.no_active_contract')}
      />
    </ReferenceInput>
  );
}

/** Shown after a double booking: which activity holds the venue or person, with a link to it. */
export function DoubleBookingAlert({ activityId, title }: { activityId: string; title: string }) {
  const translate = useTranslate();
  return (
    <Alert severity="error" sx={{ mb: 2 }}>
      {translate('resources.activities.conflict.body', { title })}{' '}
      <Link to={`/activities/${activityId}/show`} target="_blank">
        {translate('resources.activities.conflict.open')}
      </Link>
    </Alert>
  );
}

/**
 * The five elements of a timetable row (time, content, venue, format, person in charge) plus grades
 * and numbers. On create the term is chosen (district admins pick the school first).
 */
export function ActivityInputs({ mode, pickSchool }: { mode: 'create' | 'edit'; pickSchool?: boolean }) {
  const termLabel = useTermLabel();
  return (
    <>
      {mode === 'create' ? (
        <>
          {pickSchool && (
            <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
            </ReferenceInput>
          )}
          <FormDataConsumer<{ schoolId?: string }>>
            {({ formData }) =>
              formData.schoolId ? (
                <ReferenceInput source="termId" reference="terms" filter={{ schoolId: formData.schoolId }}>
                  <AutocompleteInput optionText={termLabel} validate={required()} sx={{ minWidth: 320 }} />
                </ReferenceInput>
              ) : null
            }
          </FormDataConsumer>
        </>
      ) : (
        <Labeled source="termId">
          <ReferenceField source="termId" reference="terms" link={false}>
            <TermTitle />
          </ReferenceField>
        </Labeled>
      )}
      <SelectInput source="weekday" choices={weekdays} validate={required()} />
      <LocalTimeInput source="startTime" validate={validateTime} inputProps={{ step: 300 }} />
      <LocalTimeInput source="endTime" validate={validateEnd} inputProps={{ step: 300 }} />
      <TextInput source="title" validate={[required(), maxLength(60)]} fullWidth />
      <SelectInput source="category" choices={activityCategories} validate={required()} />
      <TextInput source="venue" validate={[required(), maxLength(60)]} helperText="resources.activities.helper.venue" />
      <RadioButtonGroupInput source="segment" choices={serviceSegments} validate={required()} />
      <RadioButtonGroupInput source="runBy" choices={runByChoices} validate={required()} />
      <FormDataConsumer<{ runBy?: string; schoolId?: string; termId?: string }>>
        {({ formData }) =>
          formData.runBy === 'PROVIDER' ? (
            <>
              <ContractInput schoolId={formData.schoolId} termId={formData.termId} />
              <TextInput source="staffName" validate={maxLength(40)} helperText="resources.activities.helper.provider_staff" />
            </>
          ) : (
            <>
              {/* The staff member in charge (their name fills 负责人); a name alone still works for old rows. */}
              <ReferenceInput source="staffId" reference="staffMembers" filter={{ schoolId: formData.schoolId, active: true }}>
                <AutocompleteInput optionText="name" label="resources.activities.fields.staffId" sx={{ minWidth: 240 }} />
              </ReferenceInput>
              <TextInput source="staffName" validate={maxLength(40)} helperText="resources.activities.helper.staff" />
            </>
          )
        }
      </FormDataConsumer>
      <GradesInput source="grades" validate={required()} />
      <NumberInput source="capacity" min={1} step={1} validate={[required(), minValue(1)]} />
      {/* enrolledCount is the roster's size (see the roster on the activity page), no longer typed in. */}
      {mode === 'edit' && <SelectInput source="status" choices={activityStatuses} validate={required()} />}
    </>
  );
}

import { Alert } from '@mui/material';
import {
  AutocompleteInput,
  DateInput,
  FormDataConsumer,
  Labeled,
  NumberInput,
  ReferenceField,
  ReferenceInput,
  TextField,
  TextInput,
  minValue,
  required,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { formatYuan } from '../common/dates';
import { useTermLabel } from '../common/SchoolTermPicker';
import { TermTitle } from '../terms/TermTitle';

/** The total the API will compute (rate × hours, rounded to fen), shown while typing. */
function TotalPreview() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <FormDataConsumer<{ ratePerHour?: number; hours?: number }>>
      {({ formData }) =>
        typeof formData.ratePerHour === 'number' && typeof formData.hours === 'number' ? (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('resources.contracts.total_preview', { total: formatYuan(Math.round(formData.ratePerHour * formData.hours * 100) / 100, locale) })}
          </Alert>
        ) : null
      }
    </FormDataConsumer>
  );
}

/**
 * The contract form with the seed's four clauses (服务方式, 服务内容, 安全保障, 费用). The parties and
 * the term are chosen once, on create; only APPROVED providers can sign, so only they are offered.
 */
export function ContractInputs({ mode, pickSchool }: { mode: 'create' | 'edit'; pickSchool?: boolean }) {
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
          <ReferenceInput source="providerId" reference="providers" filter={{ status: 'APPROVED' }}>
            <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} helperText="resources.contracts.helper.provider" />
          </ReferenceInput>
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
        <>
          <Labeled source="providerId">
            <TextField source="provider.name" />
          </Labeled>
          <Labeled source="schoolId">
            <TextField source="school.name" />
          </Labeled>
          <Labeled source="termId">
            <ReferenceField source="termId" reference="terms" link={false}>
              <TermTitle />
            </ReferenceField>
          </Labeled>
        </>
      )}
      <TextInput source="serviceMethod" validate={required()} multiline fullWidth helperText="resources.contracts.helper.serviceMethod" />
      <TextInput source="serviceContent" validate={required()} multiline fullWidth helperText="resources.contracts.helper.serviceContent" />
      <TextInput source="safetyMeasures" validate={required()} multiline fullWidth helperText="resources.contracts.helper.safetyMeasures" />
      <NumberInput source="ratePerHour" validate={[required(), minValue(0)]} step={1} />
      <NumberInput source="hours" validate={[required(), minValue(0)]} step={1} />
      <TotalPreview />
      <DateInput source="startDate" helperText={mode === 'create' ? 'resources.contracts.helper.dates' : undefined} />
      <DateInput source="endDate" />
    </>
  );
}

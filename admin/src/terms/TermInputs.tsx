import {
  ArrayInput,
  AutocompleteInput,
  DateInput,
  RadioButtonGroupInput,
  ReferenceField,
  ReferenceInput,
  SimpleFormIterator,
  TextField,
  TextInput,
  Labeled,
  required,
  type Validator,
} from 'react-admin';
import { isSchoolYear } from '../common/dates';
import { semesters } from '../common/enums';
import { parseNumber } from '../common/inputs';

const validateSchoolYear: Validator[] = [
  required(),
  (value: unknown) => (typeof value === 'string' && !isSchoolYear(value) ? 'app.validation.schoolYear' : undefined),
];

// Dates are `YYYY-MM-DD` strings, so text order is date order.
const validateEndDate: Validator[] = [
  required(),
  (value: unknown, values: { startDate?: string }) =>
    typeof value === 'string' && values.startDate && value < values.startDate ? 'app.validation.endBeforeStart' : undefined,
];

/** The term form. The school is chosen once, on create; afterwards it is shown, not edited. */
export function TermInputs({ schoolEditable }: { schoolEditable: boolean }) {
  return (
    <>
      {schoolEditable ? (
        <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
      ) : (
        <Labeled source="schoolId">
          <ReferenceField source="schoolId" reference="schools" link="show">
            <TextField source="name" />
          </ReferenceField>
        </Labeled>
      )}
      <TextInput source="schoolYear" validate={validateSchoolYear} helperText="resources.terms.helper.schoolYear" />
      <RadioButtonGroupInput source="semester" choices={semesters} parse={parseNumber} validate={required()} />
      <DateInput source="startDate" validate={required()} />
      <DateInput source="endDate" validate={validateEndDate} />
      <ArrayInput source="excludedDates" helperText="resources.terms.helper.excludedDates">
        <SimpleFormIterator inline disableReordering>
          <DateInput source="" label="resources.terms.fields.excludedDate" validate={required()} helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

import {
  ArrayInput,
  AutocompleteInput,
  Create,
  DateInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
} from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { dateInDays } from '../contracts/contractApi';
import { findingSeverities } from '../common/enums';

/** 记录督查 (district admins): school, date, inspectors, score and the findings with their deadlines. */
export function InspectionCreate() {
  // Opened from a school's compliance report: `?schoolId=…` preselects it.
  const [params] = useSearchParams();
  const defaults = {
    schoolId: params.get('schoolId') ?? undefined,
    date: dateInDays(0),
    inspectors: [{ name: '' }],
    findings: [],
  };
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
        <DateInput source="date" validate={required()} helperText="resources.inspections.helper.date" />
        <ArrayInput source="inspectors" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="name" label="resources.inspections.fields.inspector" validate={required()} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
        <NumberInput source="score" min={0} max={100} validate={[required(), minValue(0), maxValue(100)]} />
        <TextInput source="summary" multiline fullWidth />
        <ArrayInput source="findings" helperText="resources.inspections.helper.findings">
          <SimpleFormIterator disableReordering>
            <TextInput source="item" label="resources.inspections.fields.item" validate={required()} fullWidth helperText={false} />
            <SelectInput source="severity" label="resources.inspections.fields.severity" choices={findingSeverities} validate={required()} helperText={false} />
            <DateInput source="rectifyBy" label="resources.inspections.fields.rectifyBy" validate={required()} helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Create>
  );
}

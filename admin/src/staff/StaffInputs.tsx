import { AutocompleteInput, BooleanInput, CheckboxGroupInput, ReferenceInput, TextInput, required } from 'react-admin';
import { staffDuties } from '../common/enums';

/** The staff member form; the school is chosen on create only. */
export function StaffInputs({ schoolEditable }: { schoolEditable: boolean }) {
  return (
    <>
      {schoolEditable && (
        <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput optionText="name" validate={required()} sx={{ minWidth: 320 }} />
        </ReferenceInput>
      )}
      <TextInput source="name" validate={required()} />
      <TextInput source="phone" />
      <CheckboxGroupInput source="duties" choices={staffDuties} />
      <BooleanInput source="active" />
    </>
  );
}

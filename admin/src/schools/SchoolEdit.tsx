import { Edit, SimpleForm } from 'react-admin';
import { SchoolInputs } from './SchoolInputs';

// Pessimistic: the API may refuse (stale version, duplicate code, invalid field), and only a
// pessimistic save can put the server's field errors next to the inputs.
export function SchoolEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <SchoolInputs />
      </SimpleForm>
    </Edit>
  );
}

import { Edit, SimpleForm } from 'react-admin';
import { TermInputs } from './TermInputs';

// Pessimistic so a refusal (stale version, duplicate term, invalid dates) shows on the form.
export function TermEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <TermInputs schoolEditable={false} />
      </SimpleForm>
    </Edit>
  );
}

import { Edit, SimpleForm } from 'react-admin';
import { ProviderInputs } from './ProviderInputs';

// Pessimistic so a refusal (stale version, duplicate credit code, a reviewed qualification removed)
// shows on the form.
export function ProviderEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ProviderInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}

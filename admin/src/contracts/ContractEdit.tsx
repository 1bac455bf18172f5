import { Edit, SimpleForm } from 'react-admin';
import { ContractInputs } from './ContractInputs';

// Pessimistic so a refusal (signed meanwhile, period outside the term) shows on the form.
export function ContractEdit() {
  return (
    <Edit mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <ContractInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
}

import { Create, SimpleForm } from 'react-admin';
import { ProviderInputs } from './ProviderInputs';

const defaults = { kind: 'SOCIAL_PROFESSIONAL', serviceCategories: [], qualifications: [], staff: [] };

/** Registers a provider (status 已申请); its documents are uploaded on the provider page afterwards. */
export function ProviderCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <ProviderInputs mode="create" />
      </SimpleForm>
    </Create>
  );
}

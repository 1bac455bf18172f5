import { Create, SimpleForm } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import { ContractInputs } from './ContractInputs';

/** A contract draft (草稿); it is edited until signed. */
export function ContractCreate() {
  const { identity } = useAppIdentity();
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ schoolId: identity?.schoolId ?? undefined }}>
        <ContractInputs mode="create" pickSchool={identity?.role === 'DISTRICT_ADMIN'} />
      </SimpleForm>
    </Create>
  );
}

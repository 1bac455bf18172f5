import { Create } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import { SurveyBuilder } from './SurveyBuilder';

/** A new DRAFT; the builder stays open afterwards to publish it. A school admin starts with their school. */
export function SurveyCreate() {
  const { identity, isPending } = useAppIdentity();
  // The defaults are read once, when the form mounts: wait for the user's role and school.
  if (isPending) return null;
  const own = identity?.role === 'SCHOOL_ADMIN' ? { scope: 'SCHOOL', scopeId: identity.schoolId } : undefined;
  return (
    <Create redirect="edit">
      <SurveyBuilder mode="create" defaultValues={own} />
    </Create>
  );
}

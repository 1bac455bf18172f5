import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useCanAccess, useRecordContext } from 'react-admin';
import { ActivityInputs, DoubleBookingAlert, runByOf } from './ActivityInputs';
import { useDoubleBooking, type DoubleBooking } from './useDoubleBooking';

function ActivityToolbar() {
  const { canAccess } = useCanAccess({ action: 'delete', resource: 'activities' });
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {/* Deleting is for mistakes; cancelling (status) keeps the row on record. */}
      {canAccess && <DeleteButton mutationMode="pessimistic" confirmContent="resources.activities.delete_hint" />}
    </Toolbar>
  );
}

/** The form once the record is loaded: "run by" is derived from it (the API has no such field). */
function ActivityForm({ conflict }: { conflict: DoubleBooking | null }) {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <SimpleForm defaultValues={{ runBy: runByOf(record) }} toolbar={<ActivityToolbar />}>
      {conflict && <DoubleBookingAlert {...conflict} />}
      <ActivityInputs mode="edit" />
    </SimpleForm>
  );
}

// Pessimistic: a double booking or a missing ACTIVE contract is refused, and only a pessimistic save
// can put that next to the input.
export function ActivityEdit() {
  const { conflict, onError } = useDoubleBooking();
  return (
    <Edit mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <ActivityForm conflict={conflict} />
    </Edit>
  );
}

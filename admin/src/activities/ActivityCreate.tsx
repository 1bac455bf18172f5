import { Create, SimpleForm } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import { ActivityInputs, DoubleBookingAlert } from './ActivityInputs';
import { useDoubleBooking } from './useDoubleBooking';

/**
 * A new timetable row. The timetable's "新增活动" passes school, term and weekday (and a time slot)
 * through react-admin's `state.record`, which wins over these defaults.
 */
export function ActivityCreate() {
  const { identity } = useAppIdentity();
  const { conflict, onError } = useDoubleBooking();
  const defaults = {
    schoolId: identity?.schoolId ?? undefined,
    weekday: 'MONDAY',
    startTime: '15:30',
    endTime: '16:30',
    segment: 'CLASS',
    runBy: 'STAFF',
    grades: [],
    capacity: 40,
    enrolledCount: 0,
  };
  return (
    <Create redirect="show" mutationOptions={{ onError }}>
      <SimpleForm defaultValues={defaults}>
        {conflict && <DoubleBookingAlert {...conflict} />}
        <ActivityInputs mode="create" pickSchool={identity?.role === 'DISTRICT_ADMIN'} />
      </SimpleForm>
    </Create>
  );
}

import { Create, SimpleForm } from 'react-admin';
import { SchoolInputs } from './SchoolInputs';

// The primary-school defaults of the seed plans (篇一): grades 1–6, pickup at 16:00/17:00/17:30
// for grades 1–2 and 17:00/17:30 for grades 3–6. Most schools only adjust them.
const defaults = {
  type: 'PRIMARY',
  ownership: 'PUBLIC',
  grades: [1, 2, 3, 4, 5, 6],
  studentCount: 0,
  leadershipGroup: [{ role: 'LEADER', name: '' }],
  pickupSlots: [
    { grades: [1, 2], times: ['16:00', '17:00', '17:30'] },
    { grades: [3, 4, 5, 6], times: ['17:00', '17:30'] },
  ],
};

export function SchoolCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <SchoolInputs />
      </SimpleForm>
    </Create>
  );
}

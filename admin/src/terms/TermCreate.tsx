import { Create, SimpleForm } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import { TermInputs } from './TermInputs';

/** The coming autumn semester, the term a school usually sets up next. */
function nextAutumnTerm(today = new Date()) {
  const year = today.getMonth() >= 8 ? today.getFullYear() + 1 : today.getFullYear();
  return { schoolYear: `${year}-${year + 1}`, semester: 1, startDate: `${year}-09-01`, endDate: `${year + 1}-01-20` };
}

export function TermCreate() {
  const { identity } = useAppIdentity();
  // A school admin can only create terms for their own school: preselect it. A school chosen on
  // the school page arrives through react-admin's `state.record` and wins over these defaults.
  const defaults = { ...nextAutumnTerm(), excludedDates: [], schoolId: identity?.schoolId ?? undefined };
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <TermInputs schoolEditable />
      </SimpleForm>
    </Create>
  );
}

import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Create, SimpleForm, useGetList } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import { suggestTerm, termDates, todayInChina } from './termDefaults';
import { TermInputs } from './TermInputs';

/**
 * Keeps the proposed term sensible while the form is filled in: once the school is known, the first semester from
 * today's on that it has no term for; and the dates follow the school year and semester — until typed by hand.
 */
function TermDefaultsFollow() {
  const { setValue, getValues, getFieldState } = useFormContext();
  const [schoolId, schoolYear, semester] = useWatch({ name: ['schoolId', 'schoolYear', 'semester'] }) as [
    string | undefined,
    string | undefined,
    number | string | undefined,
  ];
  const { data: terms } = useGetList('terms', { filter: { schoolId }, pagination: { page: 1, perPage: 100 } }, { enabled: Boolean(schoolId) });
  // The dates last proposed: dates still equal to them were not typed by hand, so they may follow.
  const proposed = useRef({ startDate: getValues('startDate') as string | undefined, endDate: getValues('endDate') as string | undefined });

  useEffect(() => {
    if (!terms || getFieldState('schoolYear').isDirty || getFieldState('semester').isDirty) return;
    const suggestion = suggestTerm(todayInChina(), terms as { schoolYear: string; semester: number }[]);
    setValue('schoolYear', suggestion.schoolYear);
    setValue('semester', suggestion.semester);
  }, [terms, getFieldState, setValue]);

  useEffect(() => {
    const dates = termDates(schoolYear ?? '', Number(semester));
    if (!dates) return;
    const { startDate, endDate } = getValues();
    if (startDate !== proposed.current.startDate || endDate !== proposed.current.endDate) return;
    setValue('startDate', dates.startDate, { shouldDirty: true });
    setValue('endDate', dates.endDate, { shouldDirty: true });
    proposed.current = dates;
  }, [schoolYear, semester, getValues, setValue]);
  return null;
}

export function TermCreate() {
  const { identity } = useAppIdentity();
  // A school admin can only create terms for their own school: preselect it. A school chosen on
  // the school page arrives through react-admin's `state.record` and wins over these defaults.
  const { schoolYear, semester, startDate, endDate } = suggestTerm(todayInChina());
  const defaults = { schoolYear, semester, startDate, endDate, excludedDates: [], schoolId: identity?.schoolId ?? undefined };
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={defaults}>
        <TermDefaultsFollow />
        <TermInputs schoolEditable />
      </SimpleForm>
    </Create>
  );
}

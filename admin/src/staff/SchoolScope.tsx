import { Stack } from '@mui/material';
import { AutocompleteInput, Form, ReferenceInput, useStore } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { useTermLabel } from '../common/SchoolTermPicker';
import { useAppIdentity } from '../common/useIdentity';

/**
 * The school (and term) the people pages are about. A school admin's school is always their own; the district picks
 * one (remembered across pages), since staff, classes, students and queues are lists of one school.
 */
export function useSchoolScope() {
  const { identity } = useAppIdentity();
  const [picked, setPicked] = useStore<string>('people.schoolId', '');
  const [termId, setTermId] = useStore<string>('people.termId', '');
  const isDistrict = identity?.role === 'DISTRICT_ADMIN';
  const schoolId = isDistrict ? picked : (identity?.schoolId ?? '');
  return {
    schoolId,
    termId,
    isDistrict,
    setSchoolId: (id: string) => {
      setPicked(id);
      setTermId('');
    },
    setTermId,
  };
}

/** School (district only) and, when asked, term pickers above a people list. */
export function SchoolScopePicker({ withTerm = false }: { withTerm?: boolean }) {
  const { schoolId, termId, isDistrict, setSchoolId, setTermId } = useSchoolScope();
  const termLabel = useTermLabel();
  if (!isDistrict && !withTerm) return null;
  return (
    <Form key={`${schoolId}/${termId}`} defaultValues={{ schoolId, termId }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mt: 1 }}>
        {isDistrict && (
          <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput
              optionText="name"
              label="app.picker.school"
              sx={{ minWidth: 280 }}
              helperText={false}
              onChange={(value: string) => setSchoolId(value ?? '')}
            />
          </ReferenceInput>
        )}
        {withTerm && schoolId && (
          <ReferenceInput source="termId" reference="terms" filter={{ schoolId }}>
            <AutocompleteInput
              optionText={termLabel}
              label="app.picker.term"
              sx={{ minWidth: 320 }}
              helperText={false}
              onChange={(value: string) => setTermId(value ?? '')}
            />
          </ReferenceInput>
        )}
      </Stack>
    </Form>
  );
}

/**
 * In place of a list whose school (or term) is not picked yet: says what to pick. The list's query waits for it, and
 * react-admin would show loading rows for as long as it waits.
 */
export function PickScopeFirst() {
  const { schoolId } = useSchoolScope();
  return schoolId ? (
    <EmptyState title="app.picker.term_first_title" hint="app.picker.term_first" />
  ) : (
    <EmptyState title="app.picker.school_first_title" hint="app.picker.school_first" />
  );
}

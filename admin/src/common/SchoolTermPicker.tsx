import { Stack } from '@mui/material';
import { useEffect } from 'react';
import { AutocompleteInput, Form, ReferenceInput, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { useAppIdentity } from './useIdentity';

/** A term as people name it, for pickers: `2026-2027 第一学期（秋季）`. */
export function useTermLabel() {
  const translate = useTranslate();
  return (term: RaRecord) => (term ? `${term.schoolYear} ${translate(`app.enums.semester.${term.semester}`)}` : '');
}

/**
 * The school and term a page is about, kept in the URL (`?schoolId=…&termId=…`) so the page can be
 * bookmarked, printed and linked. A school admin's school is always their own.
 */
export function useSchoolTerm() {
  const { identity } = useAppIdentity();
  const [params, setParams] = useSearchParams();
  const schoolId = identity?.role === 'SCHOOL_ADMIN' ? (identity.schoolId ?? '') : (params.get('schoolId') ?? '');
  const termId = params.get('termId') ?? '';
  const select = (next: { schoolId?: string; termId?: string }) => {
    const merged = { schoolId, termId, ...next };
    setParams(Object.fromEntries(Object.entries(merged).filter(([, value]) => value)), { replace: true });
  };
  return { schoolId, termId, select, identity };
}

/** Picks the newest term of the school when none is chosen yet (the API lists newest first). */
function DefaultTerm({ schoolId, termId, onTerm }: { schoolId: string; termId: string; onTerm: (id: string) => void }) {
  const { data } = useGetList('terms', { filter: { schoolId }, pagination: { page: 1, perPage: 1 } }, { enabled: !!schoolId && !termId });
  const newest = data?.[0]?.id;
  useEffect(() => {
    if (!termId && newest) onTerm(String(newest));
  }, [termId, newest, onTerm]);
  return null;
}

/** School (district admins only) and term pickers; the choice goes to the URL. */
export function SchoolTermPicker({
  schoolId,
  termId,
  onChange,
  canPickSchool,
}: {
  schoolId: string;
  termId: string;
  canPickSchool: boolean;
  onChange: (values: { schoolId?: string; termId?: string }) => void;
}) {
  const termLabel = useTermLabel();
  return (
    <Form key={`${schoolId}/${termId}`} defaultValues={{ schoolId, termId }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} className="no-print">
        {canPickSchool && (
          <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput
              optionText="name"
              label="app.picker.school"
              sx={{ minWidth: 280 }}
              helperText={false}
              onChange={(value: string) => onChange({ schoolId: value ?? '', termId: '' })}
            />
          </ReferenceInput>
        )}
        {schoolId && (
          <ReferenceInput source="termId" reference="terms" filter={{ schoolId }}>
            <AutocompleteInput
              optionText={termLabel}
              label="app.picker.term"
              sx={{ minWidth: 320 }}
              helperText={false}
              onChange={(value: string) => onChange({ termId: value ?? '' })}
            />
          </ReferenceInput>
        )}
      </Stack>
      <DefaultTerm schoolId={schoolId} termId={termId} onTerm={(id) => onChange({ termId: id })} />
    </Form>
  );
}

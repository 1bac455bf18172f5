import { Typography } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { AutocompleteInput, ReferenceInput, SelectInput, maxLength, required, useTranslate, type RaRecord } from 'react-admin';
import { useTermLabel } from '../common/SchoolTermPicker';
import { useAppIdentity } from '../common/useIdentity';
import type { SurveyScope } from '../generated/graphql';
import { scopeResource, scopesForRole, surveyKinds, surveyScopes } from './surveyChoices';
import { WordingTextInput } from './WordingErrors';

export function Section({ title }: { title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
      {translate(title)}
    </Typography>
  );
}

/** `足球社团（周三 15:30）`: an activity as people find it in the timetable. */
function useActivityLabel() {
  const translate = useTranslate();
  return (activity: RaRecord) =>
    activity ? translate('app.format.note', { text: activity.title, note: `${translate(`app.enums.weekday.${activity.weekday}`)} ${activity.startTime}` }) : '';
}

/**
 * Whom the survey is about: the school, provider or activity matching the scope. Fixed once created
 * (answers are counted for it); a school admin's school is their own.
 */
function ScopeTargetInput({ locked }: { locked: boolean }) {
  const scope = useWatch({ name: 'scope' }) as SurveyScope | undefined;
  const { identity } = useAppIdentity();
  const activityLabel = useActivityLabel();
  const { setValue, getFieldState } = useFormContext();
  const ownSchool = identity?.role === 'SCHOOL_ADMIN' ? identity.schoolId : null;
  // A new scope needs a new target; a school admin's school survey is about their school.
  useEffect(() => {
    if (locked || !getFieldState('scope').isDirty) return;
    setValue('scopeId', scope === 'SCHOOL' && ownSchool ? ownSchool : null);
  }, [scope, locked, ownSchool, setValue, getFieldState]);
  const reference = scope ? scopeResource[scope] : null;
  if (!scope || !reference) return null;
  const label = `resources.surveys.scope_target.${scope}`;
  return (
    <ReferenceInput
      source="scopeId"
      reference={reference}
      filter={scope === 'PROVIDER' ? { status: 'APPROVED' } : scope === 'ACTIVITY' && ownSchool ? { schoolId: ownSchool } : {}}
    >
      <AutocompleteInput
        label={label}
        optionText={scope === 'ACTIVITY' ? activityLabel : 'name'}
        validate={required()}
        readOnly={locked || (scope === 'SCHOOL' && !!ownSchool)}
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
  );
}

/** The term, among the terms of the surveyed school (or of the school admin's school). */
function TermInput() {
  const termLabel = useTermLabel();
  const { identity } = useAppIdentity();
  const [scope, scopeId] = useWatch({ name: ['scope', 'scopeId'] }) as [SurveyScope | undefined, string | undefined];
  const schoolId = scope === 'SCHOOL' ? scopeId : identity?.role === 'SCHOOL_ADMIN' ? identity.schoolId : null;
  if (!schoolId) return null;
  return (
    <ReferenceInput source="termId" reference="terms" filter={{ schoolId }}>
      <AutocompleteInput optionText={termLabel} helperText="resources.surveys.helper.term" sx={{ minWidth: 320 }} />
    </ReferenceInput>
  );
}

/** The builder's general part: texts, kind and scope (fixed once created), term and the survey to compare with. */
export function SurveyInputs({ mode }: { mode: 'create' | 'edit' }) {
  const { identity } = useAppIdentity();
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const locked = mode === 'edit';
  const allowedScopes = scopesForRole(identity?.role);
  return (
    <>
      <Section title="resources.surveys.builder.general" />
      <WordingTextInput source="title" validate={[required(), maxLength(100)]} fullWidth />
      <WordingTextInput source="intro" multiline minRows={2} fullWidth validate={maxLength(1000)} helperText="resources.surveys.helper.intro" />
      <SelectInput source="kind" choices={surveyKinds} validate={required()} readOnly={locked} />
      <SelectInput
        source="scope"
        choices={surveyScopes.filter((choice) => locked || allowedScopes.includes(choice.id))}
        validate={required()}
        readOnly={locked}
        helperText="resources.surveys.helper.scope"
      />
      <ScopeTargetInput locked={locked} />
      <TermInput />
      <ReferenceInput source="previousSurveyId" reference="surveys" filter={kind ? { kind } : {}}>
        <AutocompleteInput optionText="title" helperText="resources.surveys.helper.previous" sx={{ minWidth: 320 }} fullWidth />
      </ReferenceInput>
    </>
  );
}

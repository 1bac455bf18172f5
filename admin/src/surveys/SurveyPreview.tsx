import { Box, Paper, Typography } from '@mui/material';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useGetList, useTranslate } from 'react-admin';
import type { QuestionKind, SurveyScope } from '../generated/graphql';
import type { SurveyQuestionView } from '../publicSurvey/answers';
import { SurveyForm } from '../publicSurvey/SurveyForm';
import { CHOICE_KINDS } from './surveyApi';
import { asksForSchool } from './surveyChoices';

interface BuilderQuestion {
  id?: string | null;
  kind?: QuestionKind;
  text?: string;
  options?: (string | null)[];
  required?: boolean;
}

/** The builder's rows as the public page will show them (blank rows still show, marked as untitled). */
export function previewQuestions(rows: readonly BuilderQuestion[] | undefined, untitled: string): SurveyQuestionView[] {
  return (rows ?? []).map((row, index) => ({
    id: row.id || `new-${index}`,
    kind: row.kind ?? 'RATING',
    text: row.text?.trim() || untitled,
    options: CHOICE_KINDS.includes(row.kind ?? 'RATING') ? (row.options ?? []).map((o) => (o ?? '').trim()).filter(Boolean) : [],
    required: row.required !== false,
  }));
}

/** The school list a district-wide survey offers parents (the first 100 by name, as the public page). */
function useSchoolOptions(enabled: boolean) {
  const { data } = useGetList('schools', { pagination: { page: 1, perPage: 100 }, sort: { field: 'code', order: 'ASC' } }, { enabled });
  return useMemo(() => (data ?? []).map((school) => ({ id: String(school.id), name: String(school.name) })), [data]);
}

/**
 * A live preview in a phone-sized frame: the public page's own form component, fed from the
 * builder's current values, so what the author sees is what parents get.
 */
export function SurveyPreview() {
  const translate = useTranslate();
  const [title, intro, scope, questions] = useWatch({ name: ['title', 'intro', 'scope', 'questions'] }) as [
    string | undefined,
    string | undefined,
    SurveyScope | undefined,
    BuilderQuestion[] | undefined,
  ];
  const asksSchool = asksForSchool(scope);
  const schoolOptions = useSchoolOptions(asksSchool);
  const survey = {
    title: title?.trim() || translate('resources.surveys.fields.title'),
    intro: intro ?? null,
    questions: previewQuestions(questions, translate('resources.surveys.untitled_question')),
    asksForSchool: asksSchool,
    schoolOptions,
  };
  return (
    <Box component="section" aria-label={translate('resources.surveys.builder.preview')} sx={{ position: { lg: 'sticky' }, top: { lg: 72 } }}>
      <Typography variant="subtitle1" component="h2" sx={{ mt: 2, mb: 1, fontWeight: 600 }}>
        {translate('resources.surveys.builder.preview')}
      </Typography>
      <Paper variant="outlined" sx={{ maxWidth: 400, maxHeight: { lg: '75vh' }, overflow: 'auto', p: 2, bgcolor: '#f5f7fa', borderRadius: 3 }}>
        <SurveyForm survey={survey} preview idPrefix="preview" onSubmit={() => undefined} />
      </Paper>
    </Box>
  );
}

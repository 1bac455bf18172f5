import { Alert, Grid } from '@mui/material';
import { DeleteButton, SaveButton, SimpleForm, Toolbar, useRecordContext, useTranslate } from 'react-admin';
import { useFormState } from 'react-hook-form';
import type { SurveyFieldsFragment } from '../generated/graphql';
import { QuestionsInput } from './QuestionsInput';
import { SurveyInputs } from './SurveyInputs';
import { SurveyPreview } from './SurveyPreview';
import { PublishButton } from './SurveyWorkflowButtons';
import { WordingErrors, WordingProvider, useWording } from './WordingErrors';

/** 保存, then 发布 (only without unsaved changes: the API publishes what is saved). */
function BuilderToolbar({ mode }: { mode: 'create' | 'edit' }) {
  const { isDirty } = useFormState();
  const { setPhrases } = useWording();
  const translate = useTranslate();
  return (
    <Toolbar sx={{ gap: 1, flexWrap: 'wrap' }}>
      <SaveButton />
      {mode === 'edit' && <PublishButton onRefused={setPhrases} disabled={isDirty} />}
      {mode === 'edit' && isDirty && <span role="status">{translate('resources.surveys.workflow.save_first')}</span>}
      {mode === 'edit' && <DeleteButton mutationMode="pessimistic" sx={{ ml: 'auto' }} />}
    </Toolbar>
  );
}

/** Only a DRAFT is built: answers refer to the questions of a published survey. */
function PublishedNotice() {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ m: 2 }}>
      {translate('resources.surveys.builder.draft_only')}
    </Alert>
  );
}

const defaults = { kind: 'SATISFACTION', scope: 'DISTRICT', questions: [{ kind: 'RATING', text: '', required: true, options: [] }] };

/**
 * The survey builder (create and edit): the form on the left, the public page's live preview on the
 * right. A refused publication marks the offending inputs (see WordingErrors).
 */
export function SurveyBuilder({ mode, defaultValues }: { mode: 'create' | 'edit'; defaultValues?: Record<string, unknown> }) {
  const record = useRecordContext<SurveyFieldsFragment>();
  if (mode === 'edit' && record && record.status !== 'DRAFT') return <PublishedNotice />;
  return (
    <WordingProvider>
      {/* Checked by the inputs' own rules; the preview's native `required` must not block saving. */}
      <SimpleForm noValidate toolbar={<BuilderToolbar mode={mode} />} defaultValues={mode === 'create' ? { ...defaults, ...defaultValues } : undefined}>
        <WordingErrors />
        <Grid container spacing={3} sx={{ width: '100%' }}>
          <Grid size={{ xs: 12, lg: 7 }}>
            <SurveyInputs mode={mode} />
            <QuestionsInput />
          </Grid>
          <Grid size={{ xs: 12, lg: 5 }}>
            <SurveyPreview />
          </Grid>
        </Grid>
      </SimpleForm>
    </WordingProvider>
  );
}

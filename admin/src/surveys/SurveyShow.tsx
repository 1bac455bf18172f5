import { Box, CardContent, Divider, Grid, Paper, Stack, Typography } from '@mui/material';
import {
  DeleteButton,
  EditButton,
  Labeled,
  NumberField,
  ReferenceField,
  Show,
  TextField,
  TopToolbar,
  useRecordContext,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { AuditTimeline } from '../audit/AuditTimeline';
import { EnumChipField, LocalDateTimeField } from '../common/fields';
import { useTermLabel } from '../common/SchoolTermPicker';
import { useAppIdentity } from '../common/useIdentity';
import type { SurveyFieldsFragment } from '../generated/graphql';
import { SurveyForm } from '../publicSurvey/SurveyForm';
import { PublicLinkPanel } from './PublicLinkPanel';
import { allowedSurveyActions } from './surveyActions';
import { asksForSchool, scopeResource } from './surveyChoices';
import { SurveyWorkflowButtons } from './SurveyWorkflowButtons';

function SurveyActions() {
  const record = useRecordContext<SurveyFieldsFragment>();
  const { identity } = useAppIdentity();
  const allowed = record ? allowedSurveyActions(record.status, identity?.role) : [];
  return (
    <TopToolbar>
      <SurveyWorkflowButtons />
      {allowed.includes('edit') && <EditButton />}
      {allowed.includes('delete') && <DeleteButton mutationMode="pessimistic" />}
    </TopToolbar>
  );
}

/** The school, provider or activity the survey is about, linked. */
function ScopeTarget() {
  const record = useRecordContext<SurveyFieldsFragment>();
  const translate = useTranslate();
  const reference = record ? scopeResource[record.scope] : null;
  if (!record || !reference || !record.scopeId) return null;
  return (
    <Labeled label={translate(`resources.surveys.scope_target.${record.scope}`)}>
      <ReferenceField source="scopeId" reference={reference} link="show">
        <TextField source={record.scope === 'ACTIVITY' ? 'title' : 'name'} />
      </ReferenceField>
    </Labeled>
  );
}

/** The questions exactly as parents see them (the public page's own form, not submittable). */
function QuestionsPreview() {
  const record = useRecordContext<SurveyFieldsFragment>();
  if (!record) return null;
  const survey = { ...record, asksForSchool: asksForSchool(record.scope), schoolOptions: [] };
  return (
    <Paper variant="outlined" sx={{ maxWidth: 420, p: 2, bgcolor: '#f5f7fa', borderRadius: 3 }}>
      <SurveyForm survey={survey} preview idPrefix="show" onSubmit={() => undefined} />
    </Paper>
  );
}

function SurveyOverview() {
  const record = useRecordContext<SurveyFieldsFragment>();
  const termLabel = useTermLabel();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <CardContent>
      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 6 }}>
          <Stack spacing={1} sx={{ alignItems: 'flex-start' }}>
            <Labeled source="title">
              <TextField source="title" variant="h6" />
            </Labeled>
            <Labeled source="intro">
              <TextField source="intro" emptyText="app.none" />
            </Labeled>
            <Stack direction="row" spacing={3}>
              <Labeled source="kind">
                <EnumChipField source="kind" group="surveyKind" />
              </Labeled>
              <Labeled source="scope">
                <EnumChipField source="scope" group="surveyScope" />
              </Labeled>
              <Labeled source="status">
                <EnumChipField source="status" group="surveyStatus" />
              </Labeled>
            </Stack>
            <ScopeTarget />
            {record.termId && (
              <Labeled source="termId">
                <ReferenceField source="termId" reference="terms" link="show">
                  <TermText label={termLabel} />
                </ReferenceField>
              </Labeled>
            )}
            {record.previousSurveyId && (
              <Labeled source="previousSurveyId">
                <ReferenceField source="previousSurveyId" reference="surveys" link="show">
                  <TextField source="title" />
                </ReferenceField>
              </Labeled>
            )}
            <Stack direction="row" spacing={3}>
              <Labeled source="responseCount">
                <NumberField source="responseCount" locales="zh-CN" />
              </Labeled>
              {record.openedAt && (
                <Labeled source="openedAt">
                  <LocalDateTimeField source="openedAt" />
                </Labeled>
              )}
              {record.closedAt && (
                <Labeled source="closedAt">
                  <LocalDateTimeField source="closedAt" />
                </Labeled>
              )}
            </Stack>
          </Stack>
          <PublicLinkPanel />
        </Grid>
        <Grid size={{ xs: 12, md: 6 }}>
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, mb: 1 }}>
            {translate('resources.surveys.builder.preview')}
          </Typography>
          <QuestionsPreview />
        </Grid>
      </Grid>
      <Divider sx={{ my: 2 }} />
      <Box>
        <AuditTimeline entityId={record.id} />
      </Box>
    </CardContent>
  );
}

function TermText({ label }: { label: (term: RaRecord) => string }) {
  const term = useRecordContext<RaRecord>();
  return term ? <Typography variant="body2">{label(term)}</Typography> : null;
}

export function SurveyShow() {
  return (
    <Show actions={<SurveyActions />}>
      <SurveyOverview />
    </Show>
  );
}

import { Box, CardContent, Chip, Divider, List, ListItem, ListItemText, Stack, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Labeled, Link, ReferenceField, Show, TextField, TopToolbar, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { AuditTimeline } from '../audit/AuditTimeline';
import { CommentDialog } from '../common/CommentDialog';
import { EnumChipField, LocalDateField, LocalDateTimeField } from '../common/fields';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import type { ProviderExitFieldsFragment } from '../generated/graphql';
import { allowedExitActions } from './exitActions';
import { exitWorkflow } from './exitApi';
import { ReasonField } from './exitReason';
import { evidenceText } from './exitEvidence';
import { TransitionBoard } from './TransitionBoard';

const steps = ['opened', 'decided', 'transition', 'completed'] as const;
const activeStep = { OPEN: 1, REJECTED: 2, APPROVED: 2, COMPLETED: 4 } as const;

/** 同意退出 / 驳回 — district admins only, while the case is open. */
function DecisionButtons() {
  const exit = useRecordContext<ProviderExitFieldsFragment>();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [decision, setDecision] = useState<'APPROVE' | 'REJECT' | null>(null);
  if (!exit || !allowedExitActions(exit.status, identity?.role).includes('decide')) return null;
  return (
    <>
      <Button label="resources.providerExits.decide.approve" variant="contained" color="error" onClick={() => setDecision('APPROVE')} disabled={busy} />
      <Button label="resources.providerExits.decide.reject" onClick={() => setDecision('REJECT')} disabled={busy} />
      <CommentDialog
        open={decision !== null}
        title={decision === 'REJECT' ? 'resources.providerExits.decide.reject_title' : 'resources.providerExits.decide.approve_title'}
        content={decision === 'REJECT' ? 'resources.providerExits.decide.reject_content' : 'resources.providerExits.decide.approve_content'}
        label="resources.providerExits.fields.decisionComment"
        confirmLabel={decision === 'REJECT' ? 'resources.providerExits.decide.reject' : 'resources.providerExits.decide.approve'}
        color={decision === 'REJECT' ? 'primary' : 'error'}
        required={decision === 'REJECT'}
        busy={busy}
        onClose={() => setDecision(null)}
        onConfirm={async (comment) => {
          await run(exitWorkflow.decide(exit, decision ?? 'REJECT', comment), {
            success: decision === 'REJECT' ? 'resources.providerExits.decide.rejected' : 'resources.providerExits.decide.approved',
            forget: ['providerExits', 'providers'],
          });
          setDecision(null);
        }}
      />
    </>
  );
}

/** Evidence (证据): evaluations link to their page. */
function Evidence() {
  const exit = useRecordContext<ProviderExitFieldsFragment>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!exit) return null;
  if (exit.evidence.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.providerExits.no_evidence')}
      </Typography>
    );
  return (
    <List dense disablePadding>
      {exit.evidence.map((item, index) => (
        <ListItem key={`${item.kind}-${item.refId ?? index}`} disableGutters>
          <Chip size="small" label={translate(`app.enums.evidenceKind.${item.kind}`)} sx={{ mr: 1 }} />
          <ListItemText
            primary={
              item.kind === 'EVALUATION' && item.refId ? (
                <Link to={createPath({ resource: 'evaluations', id: item.refId, type: 'show' })}>{evidenceText(translate, item)}</Link>
              ) : (
                evidenceText(translate, item)
              )
            }
          />
        </ListItem>
      ))}
    </List>
  );
}

function ExitProgress() {
  const exit = useRecordContext<ProviderExitFieldsFragment>();
  const translate = useTranslate();
  if (!exit) return null;
  return (
    <Stepper activeStep={activeStep[exit.status]} sx={{ my: 2 }}>
      {steps.map((step) => (
        <Step key={step} completed={activeStep[exit.status] > steps.indexOf(step)}>
          <StepLabel error={exit.status === 'REJECTED' && step === 'decided'}>
            {translate(`resources.providerExits.steps.${exit.status === 'REJECTED' && step === 'decided' ? 'rejected' : step}`)}
          </StepLabel>
        </Step>
      ))}
    </Stepper>
  );
}

function ExitWorkflow() {
  const exit = useRecordContext<ProviderExitFieldsFragment>();
  const translate = useTranslate();
  if (!exit) return null;
  return (
    <CardContent>
      <ExitProgress />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3} divider={<Divider orientation="vertical" flexItem />}>
        <Stack spacing={1} sx={{ minWidth: 260, alignItems: 'flex-start' }}>
          <Labeled source="providerId">
            <ReferenceField source="providerId" reference="providers" link="show">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
          <Labeled source="status">
            <EnumChipField source="status" group="exitStatus" />
          </Labeled>
          <Labeled source="trigger">
            <EnumChipField source="trigger" group="exitTrigger" />
          </Labeled>
          <Labeled source="createdAt">
            <LocalDateTimeField source="createdAt" />
          </Labeled>
          {exit.decidedAt && (
            <Labeled source="decidedAt">
              <LocalDateTimeField source="decidedAt" />
            </Labeled>
          )}
          {exit.reentryDate && (
            <Labeled source="reentryDate">
              <LocalDateField source="reentryDate" />
            </Labeled>
          )}
        </Stack>
        <Stack spacing={1} sx={{ flex: 1, alignItems: 'flex-start' }}>
          <Labeled source="reason">
            <ReasonField />
          </Labeled>
          {exit.decisionComment && (
            <Labeled source="decisionComment">
              <TextField source="decisionComment" />
            </Labeled>
          )}
          <Typography variant="subtitle2" sx={{ mt: 1 }}>
            {translate('resources.providerExits.fields.evidence')}
          </Typography>
          <Evidence />
        </Stack>
      </Stack>
      {(exit.status === 'APPROVED' || exit.status === 'COMPLETED') && (
        <Box sx={{ mt: 3 }}>
          <TransitionBoard />
        </Box>
      )}
      <AuditTimeline entityId={exit.id} />
    </CardContent>
  );
}

/** The exit case page is the workflow: evidence, decision, transition board, completion, audit trail. */
export function ExitShow() {
  return (
    <Show
      actions={
        <TopToolbar>
          <DecisionButtons />
        </TopToolbar>
      }
    >
      <ExitWorkflow />
    </Show>
  );
}

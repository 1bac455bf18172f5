import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Alert, Box, Card, CardActions, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, ReferenceField, TextField, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { statusColors } from '../common/enums';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import type { ProviderExitFieldsFragment } from '../generated/graphql';
import { allowedExitActions, canResolveActivity } from './exitActions';
import { exitWorkflow } from './exitApi';
import { ReassignDialog } from './ReassignDialog';

type Affected = ProviderExitFieldsFragment['affectedActivities'][number];

/** The parents' notice (家长告知), copyable as it is. */
function Notice({ notice }: { notice: Affected['notice'] }) {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(notice.message);
      notify('resources.providerExits.board.copied', { type: 'info' });
    } catch {
      notify('resources.providerExits.board.copy_failed', { type: 'warning' });
    }
  };
  return (
    <Box sx={{ mt: 1, p: 1, bgcolor: 'action.hover', borderRadius: 1 }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Typography variant="caption" color="text.secondary">
          {translate('resources.providerExits.board.notice', {
            grades: notice.grades.map((grade) => translate('app.enums.grade', { grade })).join(translate('app.list_separator')),
            count: notice.enrolledCount,
          })}
        </Typography>
        <Button label="resources.providerExits.board.copy" size="small" onClick={copy}>
          <ContentCopyIcon />
        </Button>
      </Stack>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-wrap' }}>
        {notice.message}
      </Typography>
    </Box>
  );
}

function Resolution({ affected }: { affected: Affected }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
      <Chip size="small" color={statusColors[affected.resolution]} label={translate(`app.enums.activityResolution.${affected.resolution}`)} />
      {affected.resolution === 'REASSIGNED' && affected.toProviderId && (
        <ReferenceField record={affected} source="toProviderId" reference="providers" link="show">
          <TextField source="name" />
        </ReferenceField>
      )}
      {affected.resolution === 'REASSIGNED' && affected.toStaffName && <Typography variant="body2">{affected.toStaffName}</Typography>}
    </Stack>
  );
}

function ActivityCard({ exit, affected }: { exit: ProviderExitFieldsFragment; affected: Affected }) {
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [dialog, setDialog] = useState<'reassign' | 'cancel' | null>(null);
  const actionable = canResolveActivity(exit.status, affected, { role: identity?.role, schoolId: identity?.schoolId });
  return (
    <Card variant="outlined" sx={{ height: '100%', display: 'flex', flexDirection: 'column' }} data-testid={`affected-${affected.activityId}`}>
      <CardContent sx={{ flexGrow: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {affected.title}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate(`app.enums.weekday.${affected.weekday}`)} {affected.startTime}–{affected.endTime}
          {affected.activity?.venue ? ` · ${affected.activity.venue}` : ''}
        </Typography>
        <ReferenceField record={affected} source="schoolId" reference="schools" link={false}>
          <TextField source="name" variant="body2" />
        </ReferenceField>
        <Box sx={{ mt: 1 }}>
          <Resolution affected={affected} />
        </Box>
        <Notice notice={affected.notice} />
      </CardContent>
      {actionable && (
        <CardActions>
          <Button label="resources.providerExits.board.reassign" onClick={() => setDialog('reassign')} disabled={busy}>
            <SwapHorizIcon />
          </Button>
          <Button label="resources.providerExits.board.cancel" color="error" onClick={() => setDialog('cancel')} disabled={busy} />
        </CardActions>
      )}
      {dialog === 'reassign' && <ReassignDialog exit={exit} affected={affected} open onClose={() => setDialog(null)} />}
      <Confirm
        isOpen={dialog === 'cancel'}
        loading={busy}
        title="resources.providerExits.board.cancel_title"
        content="resources.providerExits.board.cancel_content"
        translateOptions={{ title: affected.title }}
        onConfirm={async () => {
          await run(exitWorkflow.cancel(exit.id, affected.activityId), {
            success: 'resources.providerExits.board.cancelled',
            forget: ['providerExits', 'activities'],
          });
          setDialog(null);
        }}
        onClose={() => setDialog(null)}
      />
    </Card>
  );
}

/**
 * The transition (过渡安排) of an approved exit: one card per affected activity with its notice,
 * its resolution and the actions to resolve it; 完成退出 only once every activity is resolved.
 */
export function TransitionBoard() {
  const exit = useRecordContext<ProviderExitFieldsFragment>();
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [confirming, setConfirming] = useState(false);
  if (!exit) return null;
  const open = exit.affectedActivities.filter((a) => a.resolution === 'UNRESOLVED').length;
  const mayComplete = allowedExitActions(exit.status, identity?.role).includes('complete');
  return (
    <Box component="section" aria-label={translate('resources.providerExits.board.title')}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center', mb: 1 }}>
        <Typography variant="h6">{translate('resources.providerExits.board.title')}</Typography>
        {mayComplete && (
          <Button
            label="resources.providerExits.board.complete"
            variant="contained"
            color="primary"
            disabled={!exit.canComplete || busy}
            onClick={() => setConfirming(true)}
          />
        )}
      </Stack>
      <Alert severity={open === 0 ? 'success' : 'warning'} sx={{ mb: 2 }}>
        {exit.status === 'COMPLETED'
          ? translate('resources.providerExits.board.done')
          : open === 0
            ? translate('resources.providerExits.board.all_resolved')
            : translate('resources.providerExits.board.unresolved', { count: open, total: exit.affectedActivities.length })}
      </Alert>
      {exit.affectedActivities.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.providerExits.board.none_affected')}
        </Typography>
      )}
      <Grid container spacing={2}>
        {exit.affectedActivities.map((affected) => (
          <Grid key={affected.activityId} size={{ xs: 12, md: 6, lg: 4 }}>
            <ActivityCard exit={exit} affected={affected} />
          </Grid>
        ))}
      </Grid>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="resources.providerExits.board.complete_title"
        content="resources.providerExits.board.complete_content"
        onConfirm={async () => {
          await run(exitWorkflow.complete(exit), { success: 'resources.providerExits.board.completed', forget: ['providerExits', 'providers', 'contracts'] });
          setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </Box>
  );
}

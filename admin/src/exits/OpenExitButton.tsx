import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, Button as MuiButton } from '@mui/material';
import { useState } from 'react';
import { Button, Link, useCanAccess, useCreate, useCreatePath, useNotify, useRedirect, useTranslate } from 'react-admin';
import { failureNotice } from '../common/useRunOperation';
import { isApiError } from '../dataProvider/errors';

export interface OpenExitButtonProps {
  providerId: string;
  /** Evaluations attached as evidence (e.g. the weak evaluation the case is opened from). */
  evaluationIds?: string[];
  /** A starting text for the reason, e.g. `评价总分 55 低于退出分数线 60`. */
  defaultReason?: string;
}

/**
 * 发起有序退出: asks for the reason, opens the case (with the given evaluations as evidence) and
 * goes to it. When the provider already has a case in progress, links to that one instead.
 */
export function OpenExitButton({ providerId, evaluationIds, defaultReason = '' }: OpenExitButtonProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const { canAccess } = useCanAccess({ action: 'create', resource: 'providerExits' });
  const [create, { isPending }] = useCreate();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState(defaultReason);
  const [existing, setExisting] = useState<string | null>(null);
  if (!canAccess) return null;

  const submit = () =>
    create(
      'providerExits',
      { data: { providerId, reason: reason.trim(), evaluationIds } },
      {
        onSuccess: (exit) => {
          notify('resources.providerExits.opened', { type: 'success' });
          redirect('show', 'providerExits', exit.id);
        },
        onError: (error) => {
          if (isApiError(error, 'CONFLICT') && error.body.existingExitId) setExisting(error.body.existingExitId);
          else notify(...failureNotice(error, translate));
        },
      },
    );

  return (
    <>
      <Button label="resources.providerExits.open" color="error" onClick={() => setOpen(true)}>
        <ExitToAppIcon />
      </Button>
      <Dialog open={open} onClose={isPending ? undefined : () => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('resources.providerExits.open_title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('resources.providerExits.open_content')}</DialogContentText>
          {existing && (
            <Alert severity="warning" sx={{ mb: 2 }}>
              {translate('resources.providerExits.already_open')}{' '}
              <Link to={createPath({ resource: 'providerExits', id: existing, type: 'show' })}>{translate('resources.providerExits.view_case')}</Link>
            </Alert>
          )}
          {evaluationIds && evaluationIds.length > 0 && (
            <DialogContentText sx={{ mb: 2 }}>{translate('resources.providerExits.evidence_attached', { count: evaluationIds.length })}</DialogContentText>
          )}
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            required
            label={translate('resources.providerExits.fields.reason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)} disabled={isPending}>
            {translate('ra.action.cancel')}
          </MuiButton>
          <MuiButton variant="contained" color="error" onClick={submit} disabled={isPending || reason.trim() === ''}>
            {translate('resources.providerExits.open')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

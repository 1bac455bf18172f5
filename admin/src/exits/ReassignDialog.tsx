import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import { fieldErrorText, useRunOperation } from '../common/useRunOperation';
import type { ContractFieldsFragment, ProviderExitFieldsFragment } from '../generated/graphql';
import { exitWorkflow, type Reassignment } from './exitApi';

type Affected = ProviderExitFieldsFragment['affectedActivities'][number];

/**
 * The ACTIVE contracts another APPROVED provider holds at the activity's school and term: the
 * providers it can be handed to.
 */
export function candidateContracts(contracts: readonly ContractFieldsFragment[], exitingProviderId: string) {
  return contracts.filter((c) => c.providerId !== exitingProviderId && c.status === 'ACTIVE' && c.provider.status === 'APPROVED');
}

/** 改派: to another approved provider's active contract, or to a school staff member. */
export function ReassignDialog({
  exit,
  affected,
  open,
  onClose,
}: {
  exit: ProviderExitFieldsFragment;
  affected: Affected;
  open: boolean;
  onClose: () => void;
}) {
  const translate = useTranslate();
  const { run, busy } = useRunOperation();
  const termId = affected.activity?.termId;
  const { data: contracts, isPending } = useGetList<ContractFieldsFragment>(
    'contracts',
    { filter: { schoolId: affected.schoolId, termId, status: 'ACTIVE' }, pagination: { page: 1, perPage: 100 } },
    { enabled: open && !!termId },
  );
  const candidates = candidateContracts(contracts ?? [], exit.providerId);
  const [mode, setMode] = useState<'provider' | 'staff'>('provider');
  const [contractId, setContractId] = useState('');
  const [staffName, setStaffName] = useState('');
  const [error, setError] = useState<{ field: string; text: string } | undefined>();

  const to: Reassignment | undefined =
    mode === 'provider'
      ? contractId
        ? { toContractId: contractId, toStaffName: staffName }
        : undefined
      : staffName.trim()
        ? { toStaffName: staffName }
        : undefined;
  const submit = async () => {
    if (!to) return;
    setError(undefined);
    const done = await run(exitWorkflow.reassign(exit.id, affected.activityId, to), {
      success: 'resources.providerExits.board.reassigned',
      forget: ['providerExits', 'activities'],
      onError: (e) => setError(fieldErrorText(e, translate)),
    });
    if (done) onClose();
  };

  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('resources.providerExits.board.reassign_title', { title: affected.title })}</DialogTitle>
      <DialogContent>
        <RadioGroup row value={mode} onChange={(event) => setMode(event.target.value as 'provider' | 'staff')}>
          <FormControlLabel value="provider" control={<Radio />} label={translate('resources.providerExits.board.to_provider')} />
          <FormControlLabel value="staff" control={<Radio />} label={translate('resources.providerExits.board.to_staff')} />
        </RadioGroup>
        {mode === 'provider' && (
          <>
            {!isPending && candidates.length === 0 && (
              <Alert severity="info" sx={{ my: 1 }}>
                {translate('resources.providerExits.board.no_candidates')}
              </Alert>
            )}
            <RadioGroup value={contractId} onChange={(event) => setContractId(event.target.value)}>
              {candidates.map((contract) => (
                <FormControlLabel
                  key={contract.id}
                  value={contract.id}
                  control={<Radio />}
                  label={translate('resources.providerExits.board.candidate', {
                    provider: contract.provider.name,
                    start: contract.startDate,
                    end: contract.endDate,
                    count: contract.activityIds.length,
                  })}
                />
              ))}
            </RadioGroup>
          </>
        )}
        <DialogContentText variant="body2" sx={{ mt: 1 }}>
          {translate(mode === 'provider' ? 'resources.providerExits.board.staff_of_provider' : 'resources.providerExits.board.staff_hint')}
        </DialogContentText>
        <TextField
          fullWidth
          size="small"
          sx={{ mt: 1 }}
          required={mode === 'staff'}
          value={staffName}
          label={translate('resources.activities.fields.staffName')}
          onChange={(event) => setStaffName(event.target.value)}
          error={error?.field === 'toStaffName' || error?.field === 'staffName'}
          helperText={error?.field === 'toStaffName' || error?.field === 'staffName' ? error.text : undefined}
        />
        {error && error.field !== 'toStaffName' && error.field !== 'staffName' && (
          <Typography color="error" variant="body2" sx={{ mt: 1 }}>
            {error.text}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={submit} disabled={busy || !to}>
          {translate('resources.providerExits.board.reassign')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

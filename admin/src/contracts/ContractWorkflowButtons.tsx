import BlockIcon from '@mui/icons-material/Block';
import GavelIcon from '@mui/icons-material/Gavel';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, useRecordContext, useTranslate } from 'react-admin';
import { CommentDialog } from '../common/CommentDialog';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import { UploadButton } from '../documents/DocumentsPanel';
import type { ContractFieldsFragment, DocumentFieldsFragment } from '../generated/graphql';
import { allowedContractActions } from './contractActions';
import { contractWorkflow } from './contractApi';

/** 签订: optionally upload the signed scan first; it is archived with the signature. */
function SignDialog({ record, open, onClose }: { record: ContractFieldsFragment; open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  const { run, busy } = useRunOperation();
  const [scan, setScan] = useState<DocumentFieldsFragment | null>(null);
  const sign = async () => {
    const signed = await run(contractWorkflow.sign(record, scan?.id ?? null), { success: 'resources.contracts.workflow.signed', forget: ['contracts'] });
    if (signed) onClose();
  };
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm">
      <DialogTitle>{translate('resources.contracts.workflow.sign_title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('resources.contracts.workflow.sign_content')}</DialogContentText>
        {scan ? (
          <Alert severity="success">{translate('resources.contracts.workflow.scan_ready', { name: scan.fileName })}</Alert>
        ) : (
          <UploadButton ownerId={record.id} label="resources.contracts.workflow.upload_scan" onUploaded={setScan} />
        )}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </MuiButton>
        <MuiButton variant="contained" onClick={sign} disabled={busy}>
          {translate('resources.contracts.workflow.sign')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

/** 签订 / 生效 / 终止 — only what the status and the role allow. */
export function ContractWorkflowButtons() {
  const record = useRecordContext<ContractFieldsFragment>();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [dialog, setDialog] = useState<'sign' | 'activate' | 'terminate' | null>(null);
  if (!record) return null;
  const allowed = allowedContractActions(record.status, identity?.role);
  const done = () => setDialog(null);
  return (
    <>
      {allowed.includes('sign') && (
        <Button label="resources.contracts.workflow.sign" onClick={() => setDialog('sign')} disabled={busy}>
          <GavelIcon />
        </Button>
      )}
      {allowed.includes('activate') && (
        <Button label="resources.contracts.workflow.activate" color="success" onClick={() => setDialog('activate')} disabled={busy}>
          <PlayArrowIcon />
        </Button>
      )}
      {allowed.includes('terminate') && (
        <Button label="resources.contracts.workflow.terminate" color="error" onClick={() => setDialog('terminate')} disabled={busy}>
          <BlockIcon />
        </Button>
      )}
      <SignDialog record={record} open={dialog === 'sign'} onClose={done} />
      <Confirm
        isOpen={dialog === 'activate'}
        loading={busy}
        title="resources.contracts.workflow.activate_title"
        content="resources.contracts.workflow.activate_content"
        onConfirm={async () => {
          await run(contractWorkflow.activate(record), { success: 'resources.contracts.workflow.activated', forget: ['contracts'] });
          done();
        }}
        onClose={done}
      />
      <CommentDialog
        open={dialog === 'terminate'}
        title="resources.contracts.workflow.terminate_title"
        content="resources.contracts.workflow.terminate_content"
        label="resources.contracts.fields.terminationReason"
        confirmLabel="resources.contracts.workflow.terminate"
        color="error"
        required
        busy={busy}
        onClose={done}
        onConfirm={async (reason) => {
          await run(contractWorkflow.terminate(record, reason), { success: 'resources.contracts.workflow.terminated', forget: ['contracts'] });
          done();
        }}
      />
    </>
  );
}

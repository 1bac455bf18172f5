import BlockIcon from '@mui/icons-material/Block';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import SendIcon from '@mui/icons-material/Send';
import { useState } from 'react';
import { Button, Confirm, useRecordContext } from 'react-admin';
import { CommentDialog } from '../common/CommentDialog';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import { OpenExitButton } from '../exits/OpenExitButton';
import type { ProviderFieldsFragment } from '../generated/graphql';
import { allowedProviderActions } from './providerActions';
import { providerWorkflow } from './providerApi';

type Dialog = 'submit' | 'approve' | 'reject' | 'suspend' | 'reinstate' | null;

/** 提交审核 / 审核通过 / 驳回 / 暂停 / 恢复 / 发起有序退出 — only those the status and the role allow. */
export function ProviderWorkflowButtons() {
  const record = useRecordContext<ProviderFieldsFragment>();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [dialog, setDialog] = useState<Dialog>(null);
  if (!record) return null;
  const allowed = allowedProviderActions(record.status, identity?.role, { own: identity?.providerId === record.id });
  const done = () => setDialog(null);
  const step = async (op: Parameters<typeof run>[0], success: string) => {
    await run(op, { success, forget: ['providers'] });
    done();
  };
  return (
    <>
      {allowed.includes('submitForReview') && (
        <Button label="resources.providers.workflow.submit" onClick={() => setDialog('submit')} disabled={busy}>
          <SendIcon />
        </Button>
      )}
      {allowed.includes('review') && (
        <>
          <Button label="resources.providers.workflow.approve" color="success" onClick={() => setDialog('approve')} disabled={busy}>
            <CheckCircleIcon />
          </Button>
          <Button label="resources.providers.workflow.reject" color="error" onClick={() => setDialog('reject')} disabled={busy}>
            <CancelIcon />
          </Button>
        </>
      )}
      {allowed.includes('suspend') && (
        <Button label="resources.providers.workflow.suspend" color="warning" onClick={() => setDialog('suspend')} disabled={busy}>
          <BlockIcon />
        </Button>
      )}
      {allowed.includes('reinstate') && (
        <Button label="resources.providers.workflow.reinstate" onClick={() => setDialog('reinstate')} disabled={busy}>
          <PlayArrowIcon />
        </Button>
      )}
      {allowed.includes('openExit') && <OpenExitButton providerId={record.id} />}

      <Confirm
        isOpen={dialog === 'submit'}
        loading={busy}
        title="resources.providers.workflow.submit_title"
        content="resources.providers.workflow.submit_content"
        onConfirm={() => step(providerWorkflow.submitForReview(record), 'resources.providers.workflow.submitted')}
        onClose={done}
      />
      <CommentDialog
        open={dialog === 'approve' || dialog === 'reject'}
        title={dialog === 'reject' ? 'resources.providers.workflow.reject_title' : 'resources.providers.workflow.approve_title'}
        content={dialog === 'reject' ? 'resources.providers.workflow.reject_content' : 'resources.providers.workflow.approve_content'}
        label="resources.providers.workflow.comment"
        confirmLabel={dialog === 'reject' ? 'resources.providers.workflow.reject' : 'resources.providers.workflow.approve'}
        color={dialog === 'reject' ? 'error' : 'success'}
        required={dialog === 'reject'}
        busy={busy}
        onClose={done}
        onConfirm={(comment) =>
          step(
            providerWorkflow.review(record, dialog === 'reject' ? 'REJECT' : 'APPROVE', comment),
            dialog === 'reject' ? 'resources.providers.workflow.rejected' : 'resources.providers.workflow.approved',
          )
        }
      />
      <CommentDialog
        open={dialog === 'suspend'}
        title="resources.providers.workflow.suspend_title"
        content="resources.providers.workflow.suspend_content"
        label="resources.providers.workflow.reason"
        confirmLabel="resources.providers.workflow.suspend"
        color="warning"
        required
        busy={busy}
        onClose={done}
        onConfirm={(reason) => step(providerWorkflow.suspend(record, reason), 'resources.providers.workflow.suspended')}
      />
      <CommentDialog
        open={dialog === 'reinstate'}
        title="resources.providers.workflow.reinstate_title"
        label="resources.providers.workflow.comment"
        confirmLabel="resources.providers.workflow.reinstate"
        busy={busy}
        onClose={done}
        onConfirm={(comment) => step(providerWorkflow.reinstate(record, comment), 'resources.providers.workflow.reinstated')}
      />
    </>
  );
}

import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import LogoutIcon from '@mui/icons-material/Logout';
import { useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useRecordContext, useRefresh, useUnselectAll } from 'react-admin';
import { CommentDialog } from '../common/CommentDialog';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import type { AppDataProvider } from '../dataProvider';
import type { EnrolmentApplicationFieldsFragment } from '../generated/graphql';
import { allowedApplicationActions } from './applicationActions';
import { applicationWorkflow } from './applicationApi';

const forget = ['enrolmentApplications', 'students', 'activities'];

/** 班级审核 / 学校核准 / 不通过 / 退出 — what the status and the role allow. */
export function ApplicationButtons() {
  const record = useRecordContext<EnrolmentApplicationFieldsFragment>();
  const { identity } = useAppIdentity();
  const { run, busy } = useRunOperation();
  const [dialog, setDialog] = useState<'reject' | 'withdraw' | null>(null);
  if (!record) return null;
  const allowed = allowedApplicationActions(record.status, identity?.role);
  const step = record.status === 'SUBMITTED' ? applicationWorkflow.review : applicationWorkflow.decide;
  const done = record.status === 'SUBMITTED' ? 'app.people.queue.done.review' : 'app.people.queue.done.decide';
  return (
    <>
      {allowed.includes('review') && (
        <Button
          label="app.people.queue.approve_class"
          color="success"
          disabled={busy}
          onClick={() => run(applicationWorkflow.review(record, 'APPROVE', null), { success: done, forget })}
        >
          <CheckIcon />
        </Button>
      )}
      {allowed.includes('decide') && (
        <Button
          label="app.people.queue.approve"
          color="success"
          disabled={busy}
          onClick={() => run(applicationWorkflow.decide(record, 'APPROVE', null), { success: done, forget })}
        >
          <CheckIcon />
        </Button>
      )}
      {(allowed.includes('review') || allowed.includes('decide')) && (
        <Button label="app.people.queue.reject" color="error" disabled={busy} onClick={() => setDialog('reject')}>
          <CloseIcon />
        </Button>
      )}
      {allowed.includes('withdraw') && (
        <Button label="app.people.queue.withdraw" disabled={busy} onClick={() => setDialog('withdraw')}>
          <LogoutIcon />
        </Button>
      )}
      <CommentDialog
        open={dialog === 'reject'}
        title="app.people.queue.reason_title"
        label="app.people.queue.reason_label"
        confirmLabel="app.people.queue.reject"
        required
        busy={busy}
        color="error"
        onConfirm={async (text) => (await run(step(record, 'REJECT', text), { success: done, forget })) && setDialog(null)}
        onClose={() => setDialog(null)}
      />
      <CommentDialog
        open={dialog === 'withdraw'}
        title="app.people.queue.withdraw_title"
        label="app.people.queue.withdraw_label"
        confirmLabel="app.people.queue.withdraw"
        busy={busy}
        onConfirm={async (text) =>
          (await run(applicationWorkflow.withdraw(record, text || null), { success: 'app.people.queue.done.withdraw', forget })) && setDialog(null)
        }
        onClose={() => setDialog(null)}
      />
    </>
  );
}

/** 批量核准: the selected CLASS_APPROVED applications, each decided on its own (one refusal does not stop the rest). */
export function BulkApproveButton() {
  const { selectedIds } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('enrolmentApplications');
  const [busy, setBusy] = useState(false);
  const approve = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.execute(applicationWorkflow.decideMany(selectedIds.map(String), 'APPROVE', null), { forget });
      const failed = data.filter((result) => result.code).length;
      notify('app.people.queue.bulk_done', { type: failed ? 'warning' : 'success', messageArgs: { ok: data.length - failed, failed } });
      unselectAll();
      refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="app.people.queue.bulk_approve" onClick={approve} disabled={busy || selectedIds.length === 0}>
      <CheckIcon />
    </Button>
  );
}

import KeyIcon from '@mui/icons-material/Key';
import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, useCanAccess, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { useRunOperation } from '../common/useRunOperation';
import { issueGuardianCode } from './studentApi';

/** 发放绑定码: a new one-time code for the child's family, shown once in large type (for a slip of paper). */
export function GuardianCodeButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess } = useCanAccess({ action: 'issueCode', resource: 'students' });
  const { run, busy } = useRunOperation();
  const [issued, setIssued] = useState<{ code: string; expiresAt: string } | null>(null);
  if (!record || !canAccess || record.status !== 'ACTIVE') return null;
  const issue = async () => {
    const result = await run(issueGuardianCode(String(record.id)), { success: 'app.people.code.title' });
    if (result) setIssued(result);
  };
  return (
    <>
      <Button label="app.people.code.button" onClick={issue} disabled={busy}>
        <KeyIcon />
      </Button>
      <Dialog open={Boolean(issued)} onClose={() => setIssued(null)} aria-labelledby="guardian-code-title">
        <DialogTitle id="guardian-code-title">{translate('app.people.code.title')}</DialogTitle>
        <DialogContent>
          <Typography variant="h3" component="p" sx={{ fontFamily: 'monospace', letterSpacing: 6, textAlign: 'center', my: 2 }} data-testid="guardian-code">
            {issued?.code}
          </Typography>
          <DialogContentText>{translate('app.people.code.intro')}</DialogContentText>
          <DialogContentText sx={{ mt: 1 }}>
            {issued && translate('app.people.code.expires', { date: formatDateTime(issued.expiresAt, locale) })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setIssued(null)}>{translate('app.people.code.close')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useState } from 'react';
import { Button, Confirm, useCanAccess, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

/** District action: give every school lacking it the same term (same year, semester and dates). */
export function CopyToAllSchoolsButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ action: 'copyToAllSchools', resource: 'terms' });
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!record || !canAccess) return null;

  const copy = async () => {
    setBusy(true);
    try {
      const { data } = await dataProvider.copyTermToAllSchools(String(record.id));
      notify('resources.terms.copy.done', { type: 'success', messageArgs: { smart_count: data.count } });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'app.errors.UNKNOWN', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };

  return (
    <>
      <Button label="resources.terms.copy.button" onClick={() => setOpen(true)} disabled={busy}>
        <ContentCopyIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="resources.terms.copy.confirm_title"
        content="resources.terms.copy.confirm_content"
        onConfirm={copy}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

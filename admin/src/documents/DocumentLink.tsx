import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { failureNotice } from '../common/useRunOperation';
import type { AppDataProvider } from '../dataProvider';

/**
 * Opens a document: asks the API for a short-lived link (valid minutes, so never stored in the
 * page) and follows it in a new tab; a file served as an attachment downloads and the tab closes.
 */
export function DocumentLink({ documentId, label = 'app.documents.open' }: { documentId: string; label?: string }) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const open = async () => {
    setBusy(true);
    try {
      const { data: url } = await dataProvider.documentUrl(documentId);
      const link = Object.assign(document.createElement('a'), { href: url, target: '_blank', rel: 'noopener' });
      link.click();
    } catch (error) {
      notify(...failureNotice(error, translate));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={label} onClick={open} disabled={busy} size="small">
      <DownloadIcon />
    </Button>
  );
}

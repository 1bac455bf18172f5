import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRef, useState, type ChangeEvent } from 'react';
import { Button, DeleteWithConfirmButton, RecordContextProvider, useDataProvider, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import { failureNotice } from '../common/useRunOperation';
import type { AppDataProvider } from '../dataProvider';
import type { DocumentFieldsFragment } from '../generated/graphql';
import { DocumentLink } from './DocumentLink';
import { ACCEPTED_TYPES, uploadProblem } from './uploadDocument';

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** 上传文件: picks a PDF/JPEG/PNG and runs the three upload steps. */
export function UploadButton({
  ownerId,
  label = 'app.documents.upload',
  onUploaded,
}: {
  ownerId: string;
  label?: string;
  onUploaded?: (document: DocumentFieldsFragment) => void;
}) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const chosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again after a failure
    if (!file) return;
    const problem = uploadProblem(file);
    if (problem) return notify(problem, { type: 'error' });
    setBusy(true);
    try {
      const { data } = await dataProvider.uploadDocument(ownerId, file);
      notify('app.documents.uploaded', { type: 'success', messageArgs: { name: data.fileName } });
      onUploaded?.(data);
    } catch (error) {
      notify(...failureNotice(error, translate));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <input ref={input} type="file" hidden accept={ACCEPTED_TYPES.join(',')} onChange={chosen} data-testid={`upload-${ownerId}`} />
      <Button label={busy ? 'app.documents.uploading' : label} onClick={() => input.current?.click()} disabled={busy}>
        <UploadFileIcon />
      </Button>
    </>
  );
}

/**
 * The documents of a provider or contract. Reviewed or signed ones are archived (已归档, 留档备案)
 * and cannot be deleted; the others can, by those who may upload.
 */
export function DocumentsPanel({ ownerId, canUpload }: { ownerId: string; canUpload: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error, refetch } = useGetList<DocumentFieldsFragment>('documents', { filter: { ownerId } });
  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      {canUpload && (
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between' }}>
          <Typography variant="body2" color="text.secondary">
            {translate('app.documents.hint')}
          </Typography>
          <UploadButton ownerId={ownerId} onUploaded={() => refetch()} />
        </Stack>
      )}
      {error && <Alert severity="error">{translate('app.documents.unavailable')}</Alert>}
      {!isPending && !error && data?.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate(canUpload ? 'app.documents.empty_upload' : 'app.documents.empty')}
        </Typography>
      )}
      {data && data.length > 0 && (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('app.documents.file')}</TableCell>
              <TableCell>{translate('app.documents.size')}</TableCell>
              <TableCell>{translate('app.documents.uploaded_at')}</TableCell>
              <TableCell>{translate('app.documents.state')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((document) => (
              <TableRow key={document.id}>
                <TableCell>{document.fileName}</TableCell>
                <TableCell>{kb(document.size)}</TableCell>
                <TableCell>{formatDateTime(document.createdAt, locale)}</TableCell>
                <TableCell>
                  {document.archived ? (
                    <Chip size="small" color="info" label={translate('app.documents.archived')} title={translate('app.documents.archived_hint')} />
                  ) : (
                    <Chip size="small" variant="outlined" label={translate(`app.documents.status.${document.status}`)} />
                  )}
                </TableCell>
                <TableCell align="right">
                  {document.status === 'UPLOADED' && <DocumentLink documentId={document.id} />}
                  {canUpload && !document.archived && (
                    <RecordContextProvider value={document}>
                      <DeleteWithConfirmButton
                        resource="documents"
                        redirect={false}
                        mutationMode="pessimistic"
                        confirmTitle="app.documents.delete_title"
                        confirmContent="app.documents.delete_content"
                        translateOptions={{ name: document.fileName }}
                      />
                    </RecordContextProvider>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Stack>
  );
}

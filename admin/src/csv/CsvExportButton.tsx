import DownloadIcon from '@mui/icons-material/GetApp';
import { Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Button as MuiButton, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import { Button, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import type { ExportProgress } from './exportRows';

/**
 * 导出: the rows of the visible filter as a CSV file (Chinese headers, names instead of ids, enum
 * values translated). The paging and CSV code load on the first click, not with the list. `label`: where the list
 * also offers another format (the bills' 导出 Excel), 导出 CSV says which file this one is.
 */
export function CsvExportButton({ label = 'ra.action.export' }: { label?: string }) {
  const { resource, filterValues, filter, sort, total } = useListContext();
  const dataProvider = useDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ phase: 'rows', count: 0, total: total ?? 0 });
    try {
      const [{ exportList }, { downloadText }] = await Promise.all([import('./exportRows'), import('./csvFormat')]);
      const file = await exportList(dataProvider, { resource, filter: { ...filterValues, ...filter }, sort }, translate, {
        onProgress: setProgress,
        signal: controller.signal,
      });
      if (file.count === 0) {
        notify('app.csv.export.empty', { type: 'info' });
        return;
      }
      downloadText(file.content, file.fileName);
      if (file.total > file.count) {
        notify('app.csv.export.capped', { type: 'warning', messageArgs: { cap: file.count, total: file.total }, autoHideDuration: 10_000 });
      } else {
        notify('app.csv.export.done', { type: 'success', messageArgs: { count: file.count } });
      }
    } catch (error) {
      if (!controller.signal.aborted) {
        const message = error instanceof Error ? translate(error.message, { _: error.message }) : String(error);
        notify('app.csv.export.failed', { type: 'error', messageArgs: { message } });
      }
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const percent = progress && progress.total > 0 ? Math.min(100, (100 * progress.count) / progress.total) : 0;
  return (
    <>
      <Button label={label} onClick={run} disabled={total === 0 || progress !== null}>
        <DownloadIcon />
      </Button>
      <Dialog open={progress !== null} maxWidth="xs" fullWidth aria-labelledby="csv-export-title">
        <DialogTitle id="csv-export-title">{translate('app.csv.export.title')}</DialogTitle>
        <DialogContent>
          <LinearProgress
            variant={progress?.phase === 'rows' && progress.total > 0 ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-label={translate('app.csv.export.title')}
          />
          <Typography variant="body2" sx={{ mt: 1 }} role="status">
            {progress?.phase === 'names'
              ? translate('app.csv.export.names')
              : translate('app.csv.export.progress', { count: progress?.count ?? 0, total: progress?.total ?? 0 })}
          </Typography>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => abort.current?.abort()}>{translate('ra.action.cancel')}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}

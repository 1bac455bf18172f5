import UploadFileIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, LinearProgress, Switch, Typography } from '@mui/material';
import { useMemo, useState, type ChangeEvent } from 'react';
import { useDataProvider, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import type { CreateProviderInput, CreateSchoolInput, StudentImportRow } from '../generated/graphql';
import { parseCsv, readCsvFile } from './csvFormat';
import { importCall } from './importApi';
import { columnLabel, type ImportResource } from './importColumns';
import { ImportHelp } from './ImportHelp';
import { mapFile, type ImportRecord } from './importMapping';
import { ImportRecordsTable } from './ImportRecordsTable';
import { checkRecords, importRecords, isReady, type Progress } from './importRun';

type AnyRecord = ImportRecord<CreateSchoolInput | CreateProviderInput | StudentImportRow>;
type Notice = { key: string; args?: Record<string, unknown> };

type Step =
  | { kind: 'choose'; notice?: Notice }
  | { kind: 'checking'; fileName: string; progress: Progress }
  | { kind: 'preview'; fileName: string; records: AnyRecord[]; unknown: string[] }
  | { kind: 'importing'; progress: Progress & { created: number } }
  | { kind: 'done'; created: number; failed: AnyRecord[]; notice?: Notice };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * 导入: choose a CSV file → preview (the API checks every row with `dryRun`, nothing is written) →
 * 导入 (only when no row has an error) or 仅导入有效行 → summary. District admins only.
 */
export default function ImportDialog({ resource, schoolId, onClose }: { resource: ImportResource; schoolId?: string; onClose: () => void }) {
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const call = useMemo(() => importCall(dataProvider, resource, schoolId), [dataProvider, resource, schoolId]);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [onlyErrors, setOnlyErrors] = useState(true);
  const busy = step.kind === 'checking' || step.kind === 'importing';

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file may be chosen again after fixing it
    if (!file) return;
    let mapped: ReturnType<typeof mapFile>;
    try {
      mapped = mapFile(resource, parseCsv(await readCsvFile(file)));
    } catch {
      setStep({ kind: 'choose', notice: { key: 'app.csv.import.not_csv' } });
      return;
    }
    const { header, records } = mapped as { header: typeof mapped.header; records: AnyRecord[] };
    if (header.missing.length > 0) {
      const columns = header.missing.map((field) => columnLabel(translate, resource, field)).join(translate('app.list_separator'));
      setStep({ kind: 'choose', notice: { key: 'app.csv.import.missing_columns', args: { columns } } });
      return;
    }
    if (records.length === 0) {
      setStep({ kind: 'choose', notice: { key: 'app.csv.import.no_rows' } });
      return;
    }
    setStep({ kind: 'checking', fileName: file.name, progress: { done: 0, total: 1 } });
    try {
      const checked = await checkRecords(records, call, (progress) => setStep({ kind: 'checking', fileName: file.name, progress }));
      setOnlyErrors(checked.some((record) => !isReady(record)));
      setStep({ kind: 'preview', fileName: file.name, records: checked, unknown: header.unknown });
    } catch (error) {
      setStep({ kind: 'choose', notice: { key: 'app.csv.import.check_failed', args: { message: translate(messageOf(error), { _: messageOf(error) }) } } });
    }
  };

  const start = async (records: AnyRecord[], onlyValid: boolean) => {
    let created = 0;
    setStep({ kind: 'importing', progress: { done: 0, total: 1, created } });
    try {
      const outcome = await importRecords(records, call, { onlyValid }, (progress) => {
        created = progress.created;
        setStep({ kind: 'importing', progress });
      });
      setStep({ kind: 'done', created: outcome.created, failed: outcome.failed });
    } catch (error) {
      const message = translate(messageOf(error), { _: messageOf(error) });
      setStep({ kind: 'done', created, failed: [], notice: { key: 'app.csv.import.failed', args: { message, created } } });
    }
    refresh();
  };

  const percent = (progress: Progress) => (progress.total > 0 ? (100 * progress.done) / progress.total : 0);

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth aria-labelledby="csv-import-title">
      <DialogTitle id="csv-import-title">{translate(`app.csv.import.title.${resource}`)}</DialogTitle>
      <DialogContent dividers>
        {step.kind === 'choose' && (
          <>
            {step.notice && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {translate(step.notice.key, step.notice.args)}
              </Alert>
            )}
            <ImportHelp resource={resource} />
          </>
        )}
        {step.kind === 'checking' && (
          <Box role="status">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('app.csv.import.checking', { done: step.progress.done, total: step.progress.total })}
            </Typography>
            <LinearProgress variant="determinate" value={percent(step.progress)} aria-label={step.fileName} />
          </Box>
        )}
        {step.kind === 'preview' && <Preview resource={resource} step={step} onlyErrors={onlyErrors} setOnlyErrors={setOnlyErrors} />}
        {step.kind === 'importing' && (
          <Box role="status">
            <Typography variant="body2" sx={{ mb: 1 }}>
              {translate('app.csv.import.importing', { ...step.progress })}
            </Typography>
            <LinearProgress variant="determinate" value={percent(step.progress)} aria-label={translate('app.csv.import.start')} />
          </Box>
        )}
        {step.kind === 'done' && (
          <>
            <Alert severity={step.notice ? 'error' : step.failed.length ? 'warning' : 'success'} sx={{ mb: 2 }}>
              {step.notice
                ? translate(step.notice.key, step.notice.args)
                : translate('app.csv.import.summary', { created: step.created, failed: step.failed.length })}
            </Alert>
            {step.failed.length > 0 && (
              <>
                <Typography variant="body2" sx={{ mb: 1 }}>
                  {translate('app.csv.import.summary_failed')}
                </Typography>
                <ImportRecordsTable resource={resource} records={step.failed} />
              </>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {(step.kind === 'choose' || step.kind === 'done') && (
          <Button component="label" startIcon={<UploadFileIcon />}>
            {translate(step.kind === 'done' ? 'app.csv.import.another' : 'app.csv.import.choose_file')}
            <input type="file" accept=".csv,text/csv" hidden onChange={choose} />
          </Button>
        )}
        <Button onClick={onClose} disabled={busy}>
          {translate(step.kind === 'done' ? 'app.csv.import.close' : 'ra.action.cancel')}
        </Button>
        {step.kind === 'preview' && <StartButtons records={step.records} start={start} />}
      </DialogActions>
    </Dialog>
  );
}

function Preview({
  resource,
  step,
  onlyErrors,
  setOnlyErrors,
}: {
  resource: ImportResource;
  step: Extract<Step, { kind: 'preview' }>;
  onlyErrors: boolean;
  setOnlyErrors: (value: boolean) => void;
}) {
  const translate = useTranslate();
  const invalid = step.records.filter((record) => !isReady(record));
  const valid = step.records.length - invalid.length;
  return (
    <>
      <Alert severity={invalid.length ? 'warning' : 'success'} sx={{ mb: 1 }}>
        {translate('app.csv.import.counts', { total: step.records.length, valid, invalid: invalid.length })}
      </Alert>
      {step.unknown.length > 0 && (
        <Alert severity="info" sx={{ mb: 1 }}>
          {translate('app.csv.import.unknown_columns', { columns: step.unknown.join(translate('app.list_separator')) })}
        </Alert>
      )}
      {invalid.length > 0 && (
        <FormControlLabel
          control={<Switch checked={onlyErrors} onChange={(event) => setOnlyErrors(event.target.checked)} />}
          label={translate('app.csv.import.show_errors')}
        />
      )}
      <ImportRecordsTable resource={resource} records={onlyErrors && invalid.length ? invalid : step.records} />
    </>
  );
}

/** 导入 only when every row passed; 仅导入有效行 is the explicit choice when some did not. */
function StartButtons({ records, start }: { records: AnyRecord[]; start: (records: AnyRecord[], onlyValid: boolean) => void }) {
  const translate = useTranslate();
  const valid = records.filter(isReady).length;
  const hasErrors = valid < records.length;
  return (
    <>
      {hasErrors && valid > 0 && (
        <Button variant="outlined" color="warning" onClick={() => start(records, true)} title={translate('app.csv.import.start_valid_hint')}>
          {translate('app.csv.import.start_valid', { count: valid })}
        </Button>
      )}
      <Button variant="contained" disabled={hasErrors || valid === 0} onClick={() => start(records, false)}>
        {translate('app.csv.import.start')}
      </Button>
    </>
  );
}

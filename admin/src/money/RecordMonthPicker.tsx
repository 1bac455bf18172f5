import { Stack, TextField as MuiTextField } from '@mui/material';
import { AutocompleteInput, Form, ReferenceInput, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { today } from '../csv/csvFormat';
import { previousMonth } from './moneyApi';

/**
 * The record (a school, a provider) and month a money sheet is about, kept in the URL so a link or a reload opens
 * the same sheet. `fixed` is the record when the viewer has only one (a school admin's school).
 */
export function useRecordMonth(key: string, fixed?: string) {
  const [params, setParams] = useSearchParams();
  const id = fixed ?? params.get(key) ?? '';
  const month = params.get('month') ?? previousMonth(today());
  const select = (next: { id?: string; month?: string }) =>
    setParams(Object.fromEntries(Object.entries({ [key]: next.id ?? id, month: next.month ?? month }).filter(([, v]) => v)), { replace: true });
  return { id, month, select };
}

interface RecordMonthPickerProps {
  picked: ReturnType<typeof useRecordMonth>;
  source: string;
  reference: string;
  label: string;
  /** False when the record is fixed for the viewer: only the month is picked. */
  pickRecord?: boolean;
}

/** The record picker (by name) and the month field above a money sheet. */
export function RecordMonthPicker({ picked, source, reference, label, pickRecord = true }: RecordMonthPickerProps) {
  const translate = useTranslate();
  return (
    <Form key={picked.id} defaultValues={{ [source]: picked.id }}>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2 }}>
        {pickRecord && (
          <ReferenceInput source={source} reference={reference} sort={{ field: 'name', order: 'ASC' }}>
            <AutocompleteInput
              optionText="name"
              label={label}
              sx={{ minWidth: 280 }}
              helperText={false}
              onChange={(value: string) => picked.select({ id: value ?? '' })}
            />
          </ReferenceInput>
        )}
        <MuiTextField
          type="month"
          size="small"
          label={translate('app.money.month')}
          value={picked.month}
          onChange={(event) => picked.select({ month: event.target.value })}
        />
      </Stack>
    </Form>
  );
}

import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import { formatDate, formatDateTime, formatYuan } from './dates';
import { statusColors } from './enums';

type SourceProps = Pick<FieldProps, 'source' | 'label'> & { source: string };

function useValue(source: string): unknown {
  const record = useRecordContext();
  return record?.[source];
}

/** Text in the same typography as react-admin's own fields. */
function Value({ children }: { children: string }) {
  return (
    <Typography component="span" variant="body2">
      {children}
    </Typography>
  );
}

/** An API `Date` in the user's language (Chinese: 2026年9月1日). */
export function LocalDateField({ source }: SourceProps) {
  const [locale] = useLocaleState();
  const value = useValue(source);
  const translate = useTranslate();
  return <Value>{typeof value === 'string' && value ? formatDate(value, locale) : translate('app.none')}</Value>;
}

/** An API `DateTime` in Beijing time, in the user's language. */
export function LocalDateTimeField({ source }: SourceProps) {
  const [locale] = useLocaleState();
  const value = useValue(source);
  const translate = useTranslate();
  return <Value>{typeof value === 'string' && value ? formatDateTime(value, locale) : translate('app.none')}</Value>;
}

/** A list of dates as chips, or a dash when there is none. */
export function DateListField({ source }: SourceProps) {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const value = useValue(source);
  const dates = Array.isArray(value) ? (value as string[]) : [];
  if (dates.length === 0) return <Value>{translate('app.none')}</Value>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {dates.map((date) => (
        <Chip key={date} size="small" label={formatDate(date, locale)} />
      ))}
    </Stack>
  );
}

/** Grade numbers as `1 年级` chips. */
export function GradesField({ source }: SourceProps) {
  const translate = useTranslate();
  const value = useValue(source);
  const grades = Array.isArray(value) ? (value as number[]) : [];
  if (grades.length === 0) return <Value>{translate('app.none')}</Value>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {grades.map((grade) => (
        <Chip key={grade} size="small" variant="outlined" label={translate('app.enums.grade', { grade })} />
      ))}
    </Stack>
  );
}

/** An enum list (e.g. service days) as translated chips. */
export function EnumListField({ source, group }: SourceProps & { group: string }) {
  const translate = useTranslate();
  const value = useValue(source);
  const items = Array.isArray(value) ? (value as string[]) : [];
  if (items.length === 0) return <Value>{translate('app.none')}</Value>;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {items.map((item) => (
        <Chip key={item} size="small" label={translate(`app.enums.${group}.${item}`)} />
      ))}
    </Stack>
  );
}

/** An enum value as a coloured chip (statuses look the same on every page). */
export function EnumChipField({ source, group }: SourceProps & { group: string }) {
  const translate = useTranslate();
  const value = useValue(source);
  if (typeof value !== 'string') return <Value>{translate('app.none')}</Value>;
  return <Chip size="small" color={statusColors[value] ?? 'default'} label={translate(`app.enums.${group}.${value}`)} />;
}

/** An amount in yuan (the API's contract money is decimal yuan): `¥12,800.00`. */
export function YuanField({ source }: SourceProps) {
  const [locale] = useLocaleState();
  const value = useValue(source);
  return <Value>{typeof value === 'number' ? formatYuan(value, locale) : ''}</Value>;
}

/** A time range of the timetable, `15:30–16:30`, with the weekday when asked. */
export function TimeRangeField({ withWeekday = false }: { withWeekday?: boolean; label?: string; source?: string }) {
  const translate = useTranslate();
  const record = useRecordContext();
  if (!record) return null;
  const day = withWeekday ? `${translate(`app.enums.weekday.${record.weekday}`)} ` : '';
  return <Value>{`${day}${record.startTime}–${record.endTime}`}</Value>;
}

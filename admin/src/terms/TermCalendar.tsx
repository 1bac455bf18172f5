import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  IconButton,
  MenuItem,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { LinearProgress, useCanAccess, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import { WEEKDAYS } from '../common/enums';
import { useRunOperation } from '../common/useRunOperation';
import type { TermFieldsFragment, Weekday } from '../generated/graphql';
import { saveTermCalendar, termCalendarId } from './calendarApi';
import { applyCalendarChange, monthsOfTerm, weeksOf, type CalendarDay, type CalendarChange } from './termCalendar';

/** Colours of the day kinds (the API's calendar decides the kind; this only draws it). */
const kindStyle: Record<CalendarDay['kind'], { bgcolor: string; color?: string }> = {
  SERVICE_DAY: { bgcolor: 'success.light', color: 'success.contrastText' },
  MAKE_UP_DAY: { bgcolor: 'info.main', color: 'info.contrastText' },
  EXCLUDED: { bgcolor: 'error.light', color: 'error.contrastText' },
  NO_SERVICE_WEEKDAY: { bgcolor: 'action.hover' },
  OUTSIDE_TERM: { bgcolor: 'transparent', color: 'text.disabled' },
};

interface MonthData {
  id: string;
  version: number;
  serviceDayCount: number;
  calendar: CalendarDay[];
}

/** Asks what a date should be: a holiday, a make-up day running another weekday's timetable, or regular again. */
function DayDialog({ day, term, version, onClose }: { day: CalendarDay | null; term: TermFieldsFragment; version: number; onClose: () => void }) {
  const translate = useTranslate();
  const { run, busy } = useRunOperation();
  const [choice, setChoice] = useState<CalendarChange['kind']>('HOLIDAY');
  const [weekday, setWeekday] = useState<Weekday>('FRIDAY');
  const [note, setNote] = useState('');
  if (!day) return null;
  const options: CalendarChange['kind'][] = [
    ...(day.kind !== 'EXCLUDED' ? (['HOLIDAY'] as const) : []),
    ...(day.kind !== 'SERVICE_DAY' ? (['MAKE_UP'] as const) : []),
    ...(day.kind === 'EXCLUDED' || day.kind === 'MAKE_UP_DAY' ? (['REGULAR'] as const) : []),
  ];
  const selected = options.includes(choice) ? choice : options[0];
  const save = async () => {
    const change: CalendarChange = selected === 'MAKE_UP' ? { kind: 'MAKE_UP', timetableWeekday: weekday, note } : { kind: selected };
    const input = applyCalendarChange({ excludedDates: term.excludedDates, makeUpDays: term.makeUpDays }, day.date, change);
    const saved = await run(saveTermCalendar(term.id, version, input), { success: 'resources.terms.calendar.saved', forget: ['terms'] });
    if (saved) onClose();
  };
  return (
    <Dialog open onClose={busy ? undefined : onClose} fullWidth maxWidth="xs">
      <DialogTitle>{`${day.date} ${translate(`app.enums.weekday.${day.weekday}`)}`}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ mb: 1 }}>
          {translate(`resources.terms.calendar.kind.${day.kind}`)}
        </Typography>
        <RadioGroup value={selected} onChange={(event) => setChoice(event.target.value as CalendarChange['kind'])}>
          {options.map((option) => (
            <FormControlLabel key={option} value={option} control={<Radio />} label={translate(`resources.terms.calendar.change.${option}`)} />
          ))}
        </RadioGroup>
        {selected === 'MAKE_UP' && (
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              select
              label={translate('resources.terms.calendar.runs')}
              value={weekday}
              onChange={(event) => setWeekday(event.target.value as Weekday)}
            >
              {WEEKDAYS.map((value) => (
                <MenuItem key={value} value={value}>
                  {translate(`app.enums.weekday.${value}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('resources.terms.calendar.note')}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              slotProps={{ htmlInput: { maxLength: 60 } }}
            />
          </Stack>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          {translate('ra.action.cancel')}
        </Button>
        <Button variant="contained" onClick={save} disabled={busy}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function DayCell({ day, onPick }: { day: CalendarDay | null; onPick?: (day: CalendarDay) => void }) {
  const translate = useTranslate();
  if (!day) return <Box />;
  const editable = onPick && day.kind !== 'OUTSIDE_TERM';
  const label = [
    day.date,
    translate(`resources.terms.calendar.kind.${day.kind}`),
    day.kind === 'MAKE_UP_DAY' && day.timetableWeekday
      ? translate('resources.terms.calendar.runs_short', { weekday: translate(`app.enums.weekday.${day.timetableWeekday}`) })
      : '',
    day.note ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Box
      component={editable ? 'button' : 'div'}
      type={editable ? 'button' : undefined}
      onClick={editable ? () => onPick(day) : undefined}
      aria-label={label}
      title={label}
      data-kind={day.kind}
      sx={{
        ...kindStyle[day.kind],
        border: 0,
        borderRadius: 1,
        minHeight: 48,
        p: 0.5,
        textAlign: 'left',
        cursor: editable ? 'pointer' : 'default',
        font: 'inherit',
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {Number(day.date.slice(8))}
      </Typography>
      {day.kind === 'MAKE_UP_DAY' && day.timetableWeekday && (
        <Typography variant="caption">
          {translate('resources.terms.calendar.runs_short', { weekday: translate(`app.enums.weekday.${day.timetableWeekday}`) })}
        </Typography>
      )}
      {day.kind === 'EXCLUDED' && <Typography variant="caption">{translate('resources.terms.calendar.holiday_short')}</Typography>}
    </Box>
  );
}

/**
 * The term calendar (校历) one month at a time: service days, holidays and make-up days as the API's calendar
 * service computes them. Whoever may edit the term clicks a date to make it a holiday or a make-up day.
 */
export function TermCalendar() {
  const term = useRecordContext<TermFieldsFragment>();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'edit', resource: 'terms' });
  const months = term ? monthsOfTerm(term.startDate, term.endDate) : [];
  const [index, setIndex] = useState(0);
  const month = months[Math.min(index, months.length - 1)];
  const { data, isPending, error } = useGetOne<MonthData>(
    'termCalendars',
    { id: term && month ? termCalendarId(term.id, month) : '' },
    { enabled: Boolean(term && month) },
  );
  const [picked, setPicked] = useState<CalendarDay | null>(null);
  if (!term || !month) return null;
  return (
    <Box sx={{ maxWidth: 640 }} role="region" aria-label={translate('resources.terms.calendar.title')}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <IconButton aria-label={translate('resources.terms.calendar.previous')} disabled={index === 0} onClick={() => setIndex(index - 1)}>
          <ChevronLeftIcon />
        </IconButton>
        <Typography variant="subtitle1" sx={{ minWidth: 100, textAlign: 'center' }}>
          {month}
        </Typography>
        <IconButton aria-label={translate('resources.terms.calendar.next')} disabled={index >= months.length - 1} onClick={() => setIndex(index + 1)}>
          <ChevronRightIcon />
        </IconButton>
        {data && (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.terms.calendar.service_days', { count: data.serviceDayCount })}
          </Typography>
        )}
      </Stack>
      {isPending && <LinearProgress />}
      {error && <Alert severity="error">{translate('resources.terms.calendar.unavailable')}</Alert>}
      {data && (
        <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 0.5 }}>
          {WEEKDAYS.map((weekday) => (
            <Typography key={weekday} variant="caption" sx={{ textAlign: 'center', color: 'text.secondary' }}>
              {translate(`app.enums.weekday.${weekday}`)}
            </Typography>
          ))}
          {weeksOf(data.calendar)
            .flat()
            .map((day, cell) => (
              <DayCell key={day?.date ?? `blank-${cell}`} day={day} onPick={canAccess ? setPicked : undefined} />
            ))}
        </Box>
      )}
      <Typography variant="caption" display="block" color="text.secondary" sx={{ mt: 1 }}>
        {translate(canAccess ? 'resources.terms.calendar.hint_edit' : 'resources.terms.calendar.hint')}
      </Typography>
      {picked && data && <DayDialog key={picked.date} day={picked} term={term} version={data.version} onClose={() => setPicked(null)} />}
    </Box>
  );
}

import { Box, Stack, Tab, Tabs, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { ActivityFieldsFragment, Weekday } from '../generated/graphql';
import { ActivityCard, AddHere } from './TimetableGrid';
import { layoutTimetable } from './timetableGrid';

const jsWeekdays: Weekday[] = ['SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY'];

/** Today's weekday in Beijing time. */
function todayWeekday(now = new Date()): Weekday {
  const day = new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', weekday: 'short' }).format(now);
  return jsWeekdays[['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(day)];
}

/**
 * The timetable on a phone: one day at a time (today's first, when it is a service day), its time slots down the
 * page with the activities of each — the week grid's columns would be one character wide at 360 px.
 */
export function TimetableDay({
  activities,
  schoolId,
  termId,
  canCreate,
}: {
  activities: ActivityFieldsFragment[];
  schoolId: string;
  termId: string;
  canCreate: boolean;
}) {
  const translate = useTranslate();
  const layout = useMemo(() => layoutTimetable(activities), [activities]);
  const today = todayWeekday();
  const [day, setDay] = useState<Weekday>(layout.days.includes(today) ? today : layout.days[0]);
  const column = layout.days.indexOf(day);
  const slots = layout.rows.filter((row) => row.cells[column]?.length);
  return (
    <Box className="timetable-day">
      <Tabs
        value={day}
        onChange={(_event, next: Weekday) => setDay(next)}
        variant="scrollable"
        allowScrollButtonsMobile
        aria-label={translate('app.timetable.title')}
        sx={{ mb: 1 }}
      >
        {layout.days.map((weekday) => (
          <Tab key={weekday} value={weekday} label={translate(`app.enums.weekday.${weekday}`)} sx={{ minWidth: 56 }} />
        ))}
      </Tabs>
      <Stack spacing={1.5} role="list" aria-label={translate(`app.enums.weekday.${day}`)}>
        {slots.length === 0 && (
          <Typography variant="body2" color="text.secondary">
            {translate('app.timetable.day_empty')}
          </Typography>
        )}
        {slots.map((row) => (
          <Box key={`${row.startTime}-${row.endTime}`} role="listitem">
            <Typography variant="subtitle2" component="h3">
              {row.startTime}–{row.endTime}
            </Typography>
            {row.cells[column].map((activity) => (
              <ActivityCard key={activity.id} activity={activity} />
            ))}
          </Box>
        ))}
        {canCreate && (
          <Box>
            <AddHere schoolId={schoolId} termId={termId} weekday={day} />
          </Box>
        )}
      </Stack>
    </Box>
  );
}

import AddIcon from '@mui/icons-material/Add';
import { Box, Chip, IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useMemo } from 'react';
import { Link, useCreatePath, useTranslate } from 'react-admin';
import type { ActivityFieldsFragment, Weekday } from '../generated/graphql';
import { layoutTimetable } from './timetableGrid';

interface GridProps {
  activities: ActivityFieldsFragment[];
  schoolId: string;
  termId: string;
  canCreate: boolean;
}

/** One activity with its five elements; a click opens it for editing. */
function ActivityCard({ activity }: { activity: ActivityFieldsFragment }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const person = activity.provider
    ? [activity.provider.name, activity.staffName].filter(Boolean).join(' · ')
    : (activity.staffName ?? translate('resources.activities.no_person'));
  return (
    <Box
      component={Link}
      to={createPath({ resource: 'activities', id: activity.id, type: 'edit' })}
      className="timetable-card"
      sx={{
        display: 'block',
        p: 0.75,
        mb: 0.5,
        borderRadius: 1,
        border: 1,
        borderColor: 'divider',
        color: 'inherit',
        textDecoration: 'none',
        '&:hover': { bgcolor: 'action.hover' },
      }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {activity.title}{' '}
        <Chip size="small" variant="outlined" label={translate(`app.enums.activityCategory.${activity.category}`)} sx={{ height: 18, fontSize: 11 }} />
      </Typography>
      <Typography variant="caption" component="div" color="text.secondary">
        {activity.startTime}–{activity.endTime} · {activity.venue}
      </Typography>
      <Typography variant="caption" component="div" color="text.secondary">
        {translate(`app.enums.serviceSegment.${activity.segment}`)} · {person}
      </Typography>
    </Box>
  );
}

function AddHere({
  schoolId,
  termId,
  weekday,
  startTime,
  endTime,
}: {
  schoolId: string;
  termId: string;
  weekday: Weekday;
  startTime?: string;
  endTime?: string;
}) {
  const translate = useTranslate();
  const record = { schoolId, termId, weekday, ...(startTime ? { startTime, endTime } : {}) };
  return (
    <Tooltip title={translate('app.timetable.add_here', { day: translate(`app.enums.weekday.${weekday}`) })}>
      <IconButton
        size="small"
        component={Link}
        to="/activities/create"
        state={{ record }}
        className="no-print"
        aria-label={translate('app.timetable.add_here', { day: translate(`app.enums.weekday.${weekday}`) })}
      >
        <AddIcon fontSize="small" />
      </IconButton>
    </Tooltip>
  );
}

/** The week grid of a term: days across, time slots down (排片表). */
export function TimetableGrid({ activities, schoolId, termId, canCreate }: GridProps) {
  const translate = useTranslate();
  const layout = useMemo(() => layoutTimetable(activities), [activities]);
  return (
    <Table size="small" className="timetable" sx={{ tableLayout: 'fixed', '& td, & th': { verticalAlign: 'top', borderRight: 1, borderColor: 'divider' } }}>
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: 96 }}>{translate('app.timetable.time')}</TableCell>
          {layout.days.map((day) => (
            <TableCell key={day}>
              {translate(`app.enums.weekday.${day}`)}
              {canCreate && <AddHere schoolId={schoolId} termId={termId} weekday={day} />}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {layout.rows.map((row) => (
          <TableRow key={`${row.startTime}-${row.endTime}`}>
            <TableCell component="th" scope="row">
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {row.startTime}–{row.endTime}
              </Typography>
            </TableCell>
            {row.cells.map((cell, index) => (
              <TableCell key={layout.days[index]} data-day={layout.days[index]}>
                {cell.map((activity) => (
                  <ActivityCard key={activity.id} activity={activity} />
                ))}
                {cell.length === 0 && canCreate && (
                  <AddHere schoolId={schoolId} termId={termId} weekday={layout.days[index]} startTime={row.startTime} endTime={row.endTime} />
                )}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

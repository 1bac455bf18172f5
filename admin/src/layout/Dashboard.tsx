import BusinessIcon from '@mui/icons-material/Business';
import CalendarViewWeekIcon from '@mui/icons-material/CalendarViewWeek';
import EventNoteIcon from '@mui/icons-material/EventNote';
import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import GavelIcon from '@mui/icons-material/Gavel';
import GradingIcon from '@mui/icons-material/Grading';
import HandshakeIcon from '@mui/icons-material/Handshake';
import SchoolIcon from '@mui/icons-material/School';
import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import type { ReactElement } from 'react';
import { Link, Title, useCanAccess, useTranslate } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';

const hintByRole = {
  DISTRICT_ADMIN: 'app.dashboard.district_hint',
  SCHOOL_ADMIN: 'app.dashboard.school_hint',
  PROVIDER: 'app.dashboard.provider_hint',
} as const;

/** A link to a page the user may open (a resource list, or a custom page checked by its route name). */
function PageLink({ to, resource, action = 'list', label, icon }: { to: string; resource: string; action?: string; label: string; icon: ReactElement }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action, resource });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={to} startIcon={icon}>
      {translate(label, { smart_count: 2 })}
    </Button>
  );
}

/** Landing page: who you are, what to do next, and the pages you may open. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  if (!identity) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.title" />
      <CardContent>
        <Typography variant="h5" component="h2" gutterBottom>
          {translate('app.dashboard.welcome', { name: identity.fullName })}
        </Typography>
        <Typography variant="body1">
          {translate('app.dashboard.role', { role: translate(`app.roles.${identity.role}`) })}
        </Typography>
        {identity.schoolName && (
          <Typography variant="body1">{translate('app.dashboard.school', { school: identity.schoolName })}</Typography>
        )}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate(hintByRole[identity.role])}
        </Typography>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap' }}>
        <Button component={Link} to="/policy" startIcon={<GavelIcon />}>
          {translate('app.menu.policy')}
        </Button>
        <PageLink to="/schools" resource="schools" label="resources.schools.name" icon={<SchoolIcon />} />
        <PageLink to="/terms" resource="terms" label="resources.terms.name" icon={<EventNoteIcon />} />
        <PageLink to="/timetable" resource="timetable" action="show" label="app.menu.timetable" icon={<CalendarViewWeekIcon />} />
        <PageLink to="/providers" resource="providers" label="resources.providers.name" icon={<BusinessIcon />} />
        <PageLink to="/contracts" resource="contracts" label="resources.contracts.name" icon={<HandshakeIcon />} />
        <PageLink to="/evaluations" resource="evaluations" label="resources.evaluations.name" icon={<GradingIcon />} />
        <PageLink to="/providerExits" resource="providerExits" label="resources.providerExits.name" icon={<ExitToAppIcon />} />
      </CardActions>
    </Card>
  );
}

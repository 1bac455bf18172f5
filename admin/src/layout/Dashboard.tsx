import EventNoteIcon from '@mui/icons-material/EventNote';
import GavelIcon from '@mui/icons-material/Gavel';
import SchoolIcon from '@mui/icons-material/School';
import { Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { Link, Title, useCanAccess, useTranslate } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';

const hintByRole = {
  DISTRICT_ADMIN: 'app.dashboard.district_hint',
  SCHOOL_ADMIN: 'app.dashboard.school_hint',
  PROVIDER: 'app.dashboard.provider_hint',
} as const;

/** Landing page: who you are, what to do next, and the pages you may open. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  const schools = useCanAccess({ action: 'list', resource: 'schools' });
  const terms = useCanAccess({ action: 'list', resource: 'terms' });
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
      <CardActions>
        <Button component={Link} to="/policy" startIcon={<GavelIcon />}>
          {translate('app.menu.policy')}
        </Button>
        {schools.canAccess && (
          <Button component={Link} to="/schools" startIcon={<SchoolIcon />}>
            {translate('resources.schools.name', { smart_count: 2 })}
          </Button>
        )}
        {terms.canAccess && (
          <Button component={Link} to="/terms" startIcon={<EventNoteIcon />}>
            {translate('resources.terms.name', { smart_count: 2 })}
          </Button>
        )}
      </CardActions>
    </Card>
  );
}

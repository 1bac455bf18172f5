import { Alert, Button, Card, CardContent, Grid, LinearProgress, Typography } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import { ComplianceWidget } from '../dashboard/ComplianceWidget';
import { ContractsExpiringWidget, OpenExitsWidget, QualificationsExpiringWidget } from '../dashboard/CountWidgets';
import { OverdueFindingsWidget } from '../dashboard/OverdueFindingsWidget';
import { ProvidersWidget } from '../dashboard/ProvidersWidget';
import { SatisfactionWidget } from '../dashboard/SatisfactionWidget';
import { useDashboard } from '../dashboard/useDashboard';
import { WeakEvaluationsWidget } from '../dashboard/WeakEvaluationsWidget';

const hintByRole = {
  DISTRICT_ADMIN: 'app.dashboard.district_hint',
  SCHOOL_ADMIN: 'app.dashboard.school_hint',
  PROVIDER: 'app.dashboard.provider_hint',
  TEACHER: 'app.dashboard.phone_hint',
  PARENT: 'app.dashboard.phone_hint',
} as const;

/** Who you are and what to do next. */
function Welcome() {
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  if (!identity) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('app.dashboard.welcome', { name: identity.fullName })}
        </Typography>
        <Typography variant="body1">{translate('app.dashboard.role', { role: translate(`app.roles.${identity.role}`) })}</Typography>
        {identity.schoolName && <Typography variant="body1">{translate('app.dashboard.school', { school: identity.schoolName })}</Typography>}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate(hintByRole[identity.role])}
        </Typography>
        {/* Teachers and parents work on the phone pages: one tap there instead of typing the path. */}
        {(identity.role === 'TEACHER' || identity.role === 'PARENT') && (
          <Button variant="contained" href={identity.role === 'TEACHER' ? '/m/teacher' : '/m/parent'} sx={{ mt: 2 }}>
            {translate(`app.dashboard.open_phone.${identity.role}`)}
          </Button>
        )}
      </CardContent>
    </Card>
  );
}

/** The figures that need attention (computed by the API), each widget linking to its filtered list. */
function Widgets() {
  const translate = useTranslate();
  const { dashboard, error, isPending, enabled, role } = useDashboard();
  if (!enabled) return null;
  if (isPending) return <LinearProgress sx={{ mt: 2 }} />;
  if (error || !dashboard)
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('app.dashboard.unavailable')}
      </Alert>
    );
  const district = role === 'DISTRICT_ADMIN';
  return (
    <Grid container spacing={2} sx={{ mt: 0.5 }}>
      <Grid size={{ xs: 12, md: 6, xl: 4 }}>
        <ComplianceWidget rows={dashboard.schoolsWithComplianceProblems} />
      </Grid>
      <Grid size={{ xs: 12, md: 6, xl: 4 }}>
        <OverdueFindingsWidget count={dashboard.overdueFindingCount} findings={dashboard.overdueFindings} />
      </Grid>
      <Grid size={{ xs: 12, md: 6, xl: 4 }}>
        <ProvidersWidget counts={dashboard.providersByStatus} role={role} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4, xl: 2 }}>
        <ContractsExpiringWidget count={dashboard.contractsExpiringSoon} />
      </Grid>
      <Grid size={{ xs: 12, sm: 6, md: 4, xl: 2 }}>
        {district ? <QualificationsExpiringWidget count={dashboard.qualificationsExpiringSoon} /> : <OpenExitsWidget count={dashboard.openExitCases} />}
      </Grid>
      {district && (
        <Grid size={{ xs: 12, sm: 6, md: 4, xl: 4 }}>
          <OpenExitsWidget count={dashboard.openExitCases} />
        </Grid>
      )}
      <Grid size={{ xs: 12, md: 6, xl: 4 }}>
        <WeakEvaluationsWidget evaluations={dashboard.weakEvaluations} />
      </Grid>
      <Grid size={{ xs: 12, md: district ? 12 : 6, xl: district ? 4 : 6 }}>
        <SatisfactionWidget rows={dashboard.satisfactionBySchool} surveyId={dashboard.satisfactionSurveyId} role={role} />
      </Grid>
    </Grid>
  );
}

/** Landing page (首页): who you are, then the dashboard of your district or school. */
export function Dashboard() {
  return (
    <>
      <Title title="app.title" />
      <Welcome />
      <Widgets />
    </>
  );
}

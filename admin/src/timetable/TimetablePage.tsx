import FactCheckIcon from '@mui/icons-material/FactCheck';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Card, CardContent, GlobalStyles, Stack, Typography } from '@mui/material';
import { Button, CreateButton, Link, LinearProgress, Title, useCanAccess, useGetOne, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState';
import { SchoolTermPicker, useSchoolTerm, useTermLabel } from '../common/SchoolTermPicker';
import { useIsPhone } from '../common/ResponsiveRows';
import { TimetableDay } from './TimetableDay';
import { TimetableGrid } from './TimetableGrid';
import { useTermActivities } from './useTermActivities';

/** On paper only the timetable remains: no app bar, menu, pickers or buttons; landscape A4. */
const printStyles = (
  <GlobalStyles
    styles={{
      '@media print': {
        'header.MuiAppBar-root, .MuiDrawer-root, [class*="RaSidebar"], .no-print': { display: 'none !important' },
        '.RaLayout-content, .RaLayout-appFrame': { padding: '0 !important', margin: '0 !important' },
        '.timetable-sheet': { boxShadow: 'none !important' },
        '.timetable-card': { breakInside: 'avoid' },
        '@page': { size: 'A4 landscape', margin: '10mm' },
      },
    }}
  />
);

function Heading({ schoolId, termId }: { schoolId: string; termId: string }) {
  const translate = useTranslate();
  const termLabel = useTermLabel();
  const { data: school } = useGetOne('schools', { id: schoolId }, { enabled: !!schoolId });
  const { data: term } = useGetOne('terms', { id: termId }, { enabled: !!termId });
  return (
    <Typography variant="h6" component="h2">
      {translate('app.timetable.heading', { school: school?.name ?? '', term: term ? termLabel(term) : '' })}
    </Typography>
  );
}

/** The week timetable of a school's term (排片表), printable. */
export default function TimetablePage() {
  const translate = useTranslate();
  const { schoolId, termId, select, identity } = useSchoolTerm();
  const canCreate = useCanAccess({ action: 'create', resource: 'activities' }).canAccess === true;
  const { activities, isPending, error } = useTermActivities(termId);
  const ready = !!schoolId && !!termId;
  const phone = useIsPhone();
  return (
    <Card className="timetable-sheet" sx={{ mt: 2 }}>
      {printStyles}
      <Title title="app.timetable.title" />
      <CardContent>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', mb: 2 }}>
          <SchoolTermPicker schoolId={schoolId} termId={termId} onChange={select} canPickSchool={identity?.role === 'DISTRICT_ADMIN'} />
          {ready && (
            <Stack direction="row" spacing={1} useFlexGap className="no-print" sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
              {canCreate && <CreateButton resource="activities" label="app.timetable.add" state={{ record: { schoolId, termId } }} />}
              <Button component={Link} to={`/compliance?schoolId=${schoolId}&termId=${termId}`} label="app.menu.compliance">
                <FactCheckIcon />
              </Button>
              <Button onClick={() => window.print()} label="app.timetable.print">
                <PrintIcon />
              </Button>
            </Stack>
          )}
        </Stack>
        {!schoolId && <EmptyState title="app.timetable.pick_title" hint="app.timetable.pick_school" />}
        {schoolId && !termId && <EmptyState title="app.timetable.pick_title" hint="app.timetable.pick_term" />}
        {ready && (
          <Box>
            <Heading schoolId={schoolId} termId={termId} />
            {isPending && <LinearProgress />}
            {error && <Alert severity="error">{translate('app.timetable.unavailable')}</Alert>}
            {!isPending && !error && activities.length === 0 && (
              <EmptyState title="app.timetable.empty_title" hint={canCreate ? 'app.timetable.empty_hint' : 'app.timetable.empty_read'} />
            )}
            {!isPending && activities.length > 0 && phone && <TimetableDay activities={activities} schoolId={schoolId} termId={termId} canCreate={canCreate} />}
            {!isPending && activities.length > 0 && !phone && (
              <Box sx={{ overflowX: 'auto', mt: 1 }}>
                <TimetableGrid activities={activities} schoolId={schoolId} termId={termId} canCreate={canCreate} />
              </Box>
            )}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}

import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  List,
  ListItem,
  ListItemText,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import { Button, Link, LinearProgress, Title, useCanAccess, useGetOne, useTranslate } from 'react-admin';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedIn';
import { PrintStyles } from '../common/PrintStyles';
import { useIsPhone } from '../common/ResponsiveRows';
import { EmptyState } from '../common/EmptyState';
import { SchoolTermPicker, useSchoolTerm } from '../common/SchoolTermPicker';
import type { ComplianceReportQuery } from '../generated/graphql';
import { complianceReportId } from './complianceApi';
import { issueText } from './complianceText';
import { RulesTable } from './RulesTable';

type Report = ComplianceReportQuery['complianceReport'] & { id: string };

function OkChip({ ok }: { ok: boolean }) {
  const translate = useTranslate();
  return ok ? (
    <Chip size="small" color="success" icon={<CheckCircleIcon />} label={translate('app.compliance.ok')} />
  ) : (
    <Chip size="small" color="error" icon={<ErrorIcon />} label={translate('app.compliance.not_ok')} />
  );
}

function DaysTable({ report }: { report: Report }) {
  const translate = useTranslate();
  // A phone lists the days one under another (four columns do not fit 360 px).
  if (useIsPhone()) {
    return (
      <List dense disablePadding>
        {report.days.map((day) => (
          <ListItem key={day.weekday} divider disableGutters>
            <ListItemText
              primary={`${translate(`app.enums.weekday.${day.weekday}`)} · ${translate('app.complianceRules.service_dates')} ${day.serviceDateCount} · ${translate('app.compliance.activity_count')} ${day.activityCount}`}
              secondary={
                <Stack component="span" spacing={0.5} sx={{ mt: 0.5 }}>
                  <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <span>{translate('app.compliance.minutes_value', { minutes: day.serviceMinutes, min: report.minDailyMinutes })}</span>
                    <OkChip ok={day.meetsMinimum} />
                  </Stack>
                  <Stack component="span" direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                    <span>{day.lateCareEndsAt ?? translate('app.compliance.no_late_care')}</span>
                    <OkChip ok={day.lateCareOk} />
                  </Stack>
                </Stack>
              }
            />
          </ListItem>
        ))}
      </List>
    );
  }
  return (
    <Table size="small" sx={{ mt: 1 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.compliance.day')}</TableCell>
          <TableCell align="right">{translate('app.complianceRules.service_dates')}</TableCell>
          <TableCell>{translate('app.compliance.minutes', { min: report.minDailyMinutes })}</TableCell>
          <TableCell>{translate('app.compliance.late_care', { time: report.lateCareEndsNotBefore })}</TableCell>
          <TableCell align="right">{translate('app.compliance.activity_count')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {report.days.map((day) => (
          <TableRow key={day.weekday}>
            <TableCell>{translate(`app.enums.weekday.${day.weekday}`)}</TableCell>
            <TableCell align="right">{day.serviceDateCount}</TableCell>
            <TableCell>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <span>{translate('app.compliance.minutes_value', { minutes: day.serviceMinutes, min: report.minDailyMinutes })}</span>
                <OkChip ok={day.meetsMinimum} />
              </Stack>
            </TableCell>
            <TableCell>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <span>{day.lateCareEndsAt ?? translate('app.compliance.no_late_care')}</span>
                <OkChip ok={day.lateCareOk} />
              </Stack>
            </TableCell>
            <TableCell align="right">{day.activityCount}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Issues({ report }: { report: Report }) {
  const translate = useTranslate();
  if (report.issues.length === 0) return <Alert severity="success">{translate('app.compliance.no_issues')}</Alert>;
  return (
    <List dense>
      {report.issues.map((issue, index) => (
        <ListItem
          key={`${issue.kind}-${issue.activityId ?? issue.weekday ?? index}`}
          divider
          secondaryAction={issue.activityId ? <Link to={`/activities/${issue.activityId}/show`}>{translate('app.compliance.open_activity')}</Link> : undefined}
        >
          <ListItemText
            primary={issueText(translate, issue)}
            secondary={[translate(`app.enums.complianceIssueKind.${issue.kind}`), issue.weekday && translate(`app.enums.weekday.${issue.weekday}`)]
              .filter(Boolean)
              .join(' · ')}
          />
        </ListItem>
      ))}
    </List>
  );
}

function ReportView({ schoolId, termId }: { schoolId: string; termId: string }) {
  const translate = useTranslate();
  const { data: report, isPending, error } = useGetOne<Report>('complianceReports', { id: complianceReportId(schoolId, termId) });
  if (isPending) return <LinearProgress />;
  if (error || !report) return <Alert severity="error">{translate('app.compliance.unavailable')}</Alert>;
  return (
    <Box>
      <Alert severity={report.compliant ? 'success' : 'warning'} sx={{ mb: 2 }}>
        {translate(report.compliant ? 'app.compliance.compliant' : 'app.compliance.not_compliant', { count: report.issues.length })}
      </Alert>
      <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('app.complianceRules.title')}
      </Typography>
      <RulesTable rules={report.rules} />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 3 }}>
        {translate('app.compliance.days_title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('app.complianceRules.calendar_note', { count: report.serviceDayCount })}
      </Typography>
      <DaysTable report={report} />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 3 }}>
        {translate('app.compliance.issues_title', { min: report.minHomeworkGroupSize })}
      </Typography>
      <Issues report={report} />
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }} className="no-print">
        <Link to={`/timetable?schoolId=${schoolId}&termId=${termId}`}>{translate('app.compliance.open_timetable')}</Link>
        <RecordInspectionButton schoolId={schoolId} />
        <Button onClick={() => window.print()} label="app.compliance.print">
          <PrintIcon />
        </Button>
      </Stack>
    </Box>
  );
}

/** On paper, which school and term the report is about (the pickers are not printed). */
function PrintHeading({ schoolId, termId }: { schoolId: string; termId: string }) {
  const translate = useTranslate();
  const { data: school } = useGetOne('schools', { id: schoolId });
  const { data: term } = useGetOne('terms', { id: termId });
  return (
    <Typography variant="h6" component="h2" sx={{ display: 'none', '@media print': { display: 'block' } }}>
      {translate('app.compliance.title')} · {school?.name} · {term ? `${term.schoolYear} ${translate(`app.enums.semester.${term.semester}`)}` : ''}
    </Typography>
  );
}

/** 记录督查 for this school (district admins), from what the report shows. */
function RecordInspectionButton({ schoolId }: { schoolId: string }) {
  const { canAccess } = useCanAccess({ action: 'create', resource: 'inspections' });
  if (!canAccess) return null;
  return (
    <Button component={Link} to={`/inspections/create?schoolId=${schoolId}`} label="app.complianceRules.record_inspection" variant="outlined">
      <AssignmentTurnedInIcon />
    </Button>
  );
}

/** The compliance report of a school's term (合规检查): every rule with its seed rule, the findings, the days; printable. */
export default function CompliancePage() {
  const { schoolId, termId, select, identity } = useSchoolTerm();
  return (
    <Card sx={{ mt: 2 }}>
      <PrintStyles />
      <Title title="app.compliance.title" />
      <CardContent>
        <Box sx={{ mb: 2 }} className="no-print">
          <SchoolTermPicker schoolId={schoolId} termId={termId} onChange={select} canPickSchool={identity?.role === 'DISTRICT_ADMIN'} />
        </Box>
        {!schoolId && <EmptyState title="app.compliance.pick_title" hint="app.compliance.pick_school" />}
        {schoolId && !termId && <EmptyState title="app.compliance.pick_title" hint="app.compliance.pick_term" />}
        {schoolId && termId && <PrintHeading schoolId={schoolId} termId={termId} />}
        {schoolId && termId && <ReportView schoolId={schoolId} termId={termId} />}
      </CardContent>
    </Card>
  );
}

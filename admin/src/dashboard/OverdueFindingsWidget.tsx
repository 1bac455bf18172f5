import AssignmentLateIcon from '@mui/icons-material/AssignmentLate';
import { Button, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { listPath, type DashboardData } from './useDashboard';
import { WidgetCard } from './WidgetCard';

/** Inspection findings past their rectification deadline (逾期未整改), each opening its inspection. */
export function OverdueFindingsWidget({ count, findings }: { count: number; findings: DashboardData['overdueFindings'] }) {
  const translate = useTranslate();
  return (
    <WidgetCard title="app.overdue.title" icon={<AssignmentLateIcon />} testId="widget-overdue">
      {count === 0 ? (
        <Typography variant="body2" color="success.main">
          {translate('app.overdue.none')}
        </Typography>
      ) : (
        <>
          <Typography variant="h3" component="p" color="error.main">
            {count}
          </Typography>
          <List dense disablePadding>
            {findings.map((finding) => (
              <ListItemButton key={`${finding.inspectionId}/${finding.findingId}`} component={Link} to={`/inspections/${finding.inspectionId}/show`}>
                <ListItemText
                  primary={finding.item}
                  secondary={translate('app.overdue.item', { school: finding.schoolName, date: finding.rectifyBy, days: finding.daysOverdue })}
                />
              </ListItemButton>
            ))}
          </List>
          <Button component={Link} to={listPath('inspections', { overdue: true })} size="small">
            {translate('app.overdue.all')}
          </Button>
        </>
      )}
    </WidgetCard>
  );
}

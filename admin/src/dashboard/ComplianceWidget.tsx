import FactCheckIcon from '@mui/icons-material/FactCheck';
import { Chip, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import type { DashboardData } from './useDashboard';
import { WidgetCard } from './WidgetCard';

/** Schools whose current term breaks the district policy, each opening its compliance report. */
export function ComplianceWidget({ rows }: { rows: DashboardData['schoolsWithComplianceProblems'] }) {
  const translate = useTranslate();
  return (
    <WidgetCard title="app.dashboard.compliance.title" icon={<FactCheckIcon />} testId="widget-compliance">
      {rows.length === 0 ? (
        <Typography variant="body2" color="success.main">
          {translate('app.dashboard.compliance.none')}
        </Typography>
      ) : (
        <List dense disablePadding>
          {rows.map((row) => (
            <ListItemButton key={row.schoolId} component={Link} to={`/compliance?schoolId=${row.schoolId}&termId=${row.termId}`}>
              <ListItemText primary={row.schoolName} />
              <Chip size="small" color="error" label={translate('app.dashboard.compliance.issues', { count: row.issueCount })} />
            </ListItemButton>
          ))}
        </List>
      )}
    </WidgetCard>
  );
}

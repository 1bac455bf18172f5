import GradingIcon from '@mui/icons-material/Grading';
import { Button, List, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { formatDate } from '../common/dates';
import { listPath, type DashboardData } from './useDashboard';
import { WidgetCard } from './WidgetCard';

/** The latest evaluations below the exit threshold, each linking to the evaluation. */
export function WeakEvaluationsWidget({ evaluations }: { evaluations: DashboardData['weakEvaluations'] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // The policy's one id (policyApi.POLICY_ID, not imported: it would pull the API documents into the first bundle).
  const { data: policy } = useGetOne('districtPolicy', { id: 'current' });
  const threshold = typeof policy?.evaluationExitThreshold === 'number' ? policy.evaluationExitThreshold : undefined;
  return (
    <WidgetCard title="app.dashboard.evaluations.title" icon={<GradingIcon />} testId="widget-evaluations">
      {evaluations.length === 0 ? (
        <Typography variant="body2" color="success.main">
          {translate('app.dashboard.evaluations.none')}
        </Typography>
      ) : (
        <>
          <List dense disablePadding>
            {evaluations.map((evaluation) => (
              <ListItemButton key={evaluation.id} component={Link} to={`/evaluations/${evaluation.id}/show`}>
                <ListItemText
                  primary={evaluation.provider.name}
                  secondary={translate('app.dashboard.evaluations.item', {
                    total: evaluation.total,
                    school: evaluation.school.name,
                    date: formatDate(evaluation.date, locale),
                  })}
                />
              </ListItemButton>
            ))}
          </List>
          <Button component={Link} to={threshold === undefined ? '/evaluations' : listPath('evaluations', { totalBelow: threshold })} size="small">
            {translate('app.dashboard.evaluations.all')}
          </Button>
        </>
      )}
    </WidgetCard>
  );
}

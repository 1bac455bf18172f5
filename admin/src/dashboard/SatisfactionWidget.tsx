import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { Button, Skeleton, Table, TableBody, TableCell, TableRow, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import type { Role } from '../generated/graphql';
import type { DashboardData } from './useDashboard';
import { WidgetCard } from './WidgetCard';

// recharts is large: it loads with this chart, after the dashboard has shown its figures.
const SatisfactionChart = lazy(() => import('./SatisfactionChart'));

const percent = (rate: number | null, locale: string) =>
  rate == null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(rate);

/**
 * Satisfaction by school in the latest district satisfaction survey: a bar chart, the figures as a
 * table, and (for the district, who may read them) a link to the survey's results by school.
 */
export function SatisfactionWidget({ rows, surveyId, role }: { rows: DashboardData['satisfactionBySchool']; surveyId: string | null; role: Role | undefined }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <WidgetCard title="app.dashboard.satisfaction.title" icon={<SentimentSatisfiedAltIcon />} testId="widget-satisfaction">
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.satisfaction.none')}
        </Typography>
      ) : (
        <>
          <Suspense fallback={<Skeleton variant="rectangular" height={rows.length * 40 + 40} />}>
            <SatisfactionChart rows={rows} label={translate('app.dashboard.satisfaction.rate')} title={translate('app.dashboard.satisfaction.chart')} />
          </Suspense>
          <Table size="small">
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.schoolId}>
                  <TableCell>{row.schoolName}</TableCell>
                  <TableCell align="right">{percent(row.satisfactionRate, locale)}</TableCell>
                  <TableCell align="right">{translate('app.dashboard.satisfaction.responses', { count: row.responseCount })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {/* A school admin may not read a district survey's results (the API refuses). */}
          {surveyId && role === 'DISTRICT_ADMIN' && (
            <Button component={Link} to={`/surveys/${surveyId}/results?groupBy=SCHOOL`} size="small" sx={{ mt: 1 }}>
              {translate('app.dashboard.satisfaction.results')}
            </Button>
          )}
        </>
      )}
    </WidgetCard>
  );
}

import SentimentSatisfiedAltIcon from '@mui/icons-material/SentimentSatisfiedAlt';
import { Button, Skeleton, Table, TableBody, TableCell, TableRow, Typography, useMediaQuery, type Theme } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { formatNumber, formatPercent } from '../common/numbers';
import type { Role } from '../generated/graphql';
import type { DashboardData } from './useDashboard';
import { WidgetCard } from './WidgetCard';

// recharts is large: it loads with this chart, after the dashboard has shown its figures.
const SatisfactionChart = lazy(() => import('./SatisfactionChart'));

/**
 * Satisfaction by school in the latest district satisfaction survey: a bar chart, the figures as a
 * table, and (for the district, who may read them) a link to the survey's results by school.
 */
export function SatisfactionWidget({ rows, surveyId, role }: { rows: DashboardData['satisfactionBySchool']; surveyId: string | null; role: Role | undefined }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const compact = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  return (
    <WidgetCard title="app.dashboard.satisfaction.title" icon={<SentimentSatisfiedAltIcon />} testId="widget-satisfaction">
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.dashboard.satisfaction.none')}
        </Typography>
      ) : (
        <>
          {/* On a phone the table alone: school names do not fit beside the bars at 360 px. */}
          {!compact && (
            <Suspense fallback={<Skeleton variant="rectangular" height={rows.length * 40 + 40} />}>
              <SatisfactionChart
                rows={rows}
                label={translate('app.dashboard.satisfaction.rate')}
                title={translate('app.dashboard.satisfaction.chart')}
                locale={locale}
              />
            </Suspense>
          )}
          <Table size="small">
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.schoolId}>
                  <TableCell>{row.schoolName}</TableCell>
                  <TableCell align="right">{formatPercent(row.satisfactionRate, locale)}</TableCell>
                  <TableCell align="right">{translate('app.dashboard.satisfaction.responses', { count: formatNumber(row.responseCount, locale) })}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {/* A school admin reads the survey as their school's slice. */}
          {surveyId && (role === 'DISTRICT_ADMIN' || role === 'SCHOOL_ADMIN') && (
            <Button
              component={Link}
              to={role === 'DISTRICT_ADMIN' ? `/surveys/${surveyId}/results?groupBy=SCHOOL` : `/surveys/${surveyId}/results`}
              size="small"
              sx={{ mt: 1 }}
            >
              {translate('app.dashboard.satisfaction.results')}
            </Button>
          )}
        </>
      )}
    </WidgetCard>
  );
}

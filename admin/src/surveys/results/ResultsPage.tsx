import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import AutorenewIcon from '@mui/icons-material/Autorenew';
import DownloadIcon from '@mui/icons-material/Download';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Card, CardContent, Chip, Grid, Stack, Typography } from '@mui/material';
import { Button, Link, LinearProgress, Title, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { useParams, useSearchParams } from 'react-router-dom';
import type { SurveyFieldsFragment, SurveyGroupBy } from '../../generated/graphql';
import { GROUP_BYS, surveyResultsId } from '../surveyApi';
import { GroupResults } from './GroupResults';
import { QuestionResultCard } from './QuestionResultCard';
import { csvFileName, downloadText, resultsCsv } from './resultsCsv';
import { formatNumber } from '../../common/numbers';
import { PrintStyles } from '../../common/PrintStyles';
import { formatPointChange, formatRate, previousQuestion, type Results } from './resultsModel';

const REFRESH_MS = 10_000;

/** A headline figure, this survey beside last term's. */
function Figure({ label, value, previous, change, hint }: { label: string; value: string; previous?: string; change?: string; hint?: string }) {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardContent>
        <Typography variant="body2" color="text.secondary">
          {label}
        </Typography>
        <Typography variant="h4" component="p" data-testid={`figure-${label}`}>
          {value}
        </Typography>
        {previous !== undefined && (
          <Typography variant="body2">
            {translate('resources.surveys.results.previous')}
            {translate('app.format.colon')}
            {previous} {change ? translate('resources.surveys.results.points', { points: change }) : ''}
          </Typography>
        )}
        {hint && (
          <Typography variant="caption" color="text.secondary">
            {hint}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

function ResultsView({
  survey,
  results,
  groupBy,
  onGroupBy,
}: {
  survey: SurveyFieldsFragment;
  results: Results;
  groupBy: SurveyGroupBy | null;
  onGroupBy: (groupBy: SurveyGroupBy | null) => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const previous = results.previous;
  const exportCsv = () =>
    downloadText(csvFileName(survey.title, translate('resources.surveys.results.title')), resultsCsv(results, translate, locale, groupBy));
  return (
    <>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }} className="no-print">
        <Button component={Link} to={`/surveys/${survey.id}/show`} label="resources.surveys.results.back">
          <ArrowBackIcon />
        </Button>
        <Button onClick={exportCsv} label="resources.surveys.results.export">
          <DownloadIcon />
        </Button>
        <Button onClick={() => window.print()} label="resources.surveys.results.print">
          <PrintIcon />
        </Button>
        {survey.status === 'OPEN' && (
          <Chip icon={<AutorenewIcon />} color="success" variant="outlined" label={translate('resources.surveys.results.auto_refresh')} />
        )}
      </Stack>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Figure
            label={translate('resources.surveys.results.responses')}
            value={formatNumber(results.responseCount, locale)}
            previous={previous ? formatNumber(previous.responseCount, locale) : undefined}
          />
        </Grid>
        <Grid size={{ xs: 12, sm: 6 }}>
          <Figure
            label={translate('resources.surveys.results.satisfaction')}
            value={formatRate(results.satisfactionRate, locale)}
            previous={previous ? formatRate(previous.satisfactionRate, locale) : undefined}
            change={formatPointChange(results.satisfactionRate, previous?.satisfactionRate)}
            hint={translate('resources.surveys.results.satisfaction_hint')}
          />
        </Grid>
      </Grid>
      {results.schoolSlice && (
        <Alert severity="info" sx={{ mt: 2 }} data-testid="slice-notice">
          {translate('resources.surveys.results.slice_notice', { min: results.minimumAnswers })}
        </Alert>
      )}
      {results.withheld && (
        <Alert severity="warning" sx={{ mt: 2 }}>
          {translate('resources.surveys.results.withheld', { count: formatNumber(results.responseCount, locale), min: results.minimumAnswers })}
        </Alert>
      )}
      {!previous && (
        <Alert severity="info" sx={{ mt: 2 }} className="no-print">
          {translate('resources.surveys.results.no_previous')}
        </Alert>
      )}
      <Stack spacing={2} sx={{ mt: 3 }}>
        {results.questions.map((question, index) => (
          <QuestionResultCard
            key={question.questionId}
            number={index + 1}
            question={question}
            previous={previousQuestion(previous, question)}
            minimumAnswers={results.minimumAnswers}
          />
        ))}
      </Stack>
      {/* A school's slice is one group already: grade or activity groups of a district survey mix every school. */}
      {!results.schoolSlice && <GroupResults results={results} groupBy={groupBy} onGroupBy={onGroupBy} />}
    </>
  );
}

/**
 * 问卷结果 (`/surveys/:id/results?groupBy=SCHOOL`): figures per question with charts, groups and last
 * term's figures side by side, CSV export. Refreshes every 10 s while the survey collects answers.
 */
export default function ResultsPage() {
  const translate = useTranslate();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const requested = params.get('groupBy');
  const groupBy = GROUP_BYS.includes(requested as SurveyGroupBy) ? (requested as SurveyGroupBy) : null;
  const { data: survey, error: surveyError } = useGetOne<SurveyFieldsFragment>('surveys', { id });
  const published = !!survey && survey.status !== 'DRAFT';
  const { data: results, error } = useGetOne<Results>(
    'surveyResults',
    { id: surveyResultsId(id, groupBy) },
    { enabled: published, refetchInterval: survey?.status === 'OPEN' ? REFRESH_MS : false, placeholderData: (before) => before },
  );
  const onGroupBy = (next: SurveyGroupBy | null) => setParams(next ? { groupBy: next } : {}, { replace: true });
  return (
    <Box sx={{ mt: 2 }}>
      <PrintStyles />
      <Title title={survey ? `${survey.title} · ${translate('resources.surveys.results.title')}` : 'resources.surveys.results.title'} />
      <Typography variant="h5" component="h1" sx={{ mb: 1 }}>
        {survey?.title ?? translate('resources.surveys.results.title')}
      </Typography>
      {survey?.previousSurveyId && results?.previous && <PreviousTitle id={survey.previousSurveyId} />}
      {(error || surveyError) && <Alert severity="error">{translate('resources.surveys.results.unavailable')}</Alert>}
      {survey?.status === 'DRAFT' && <Alert severity="info">{translate('resources.surveys.results.draft')}</Alert>}
      {published && !results && !error && <LinearProgress />}
      {survey && results && <ResultsView survey={survey} results={results} groupBy={groupBy} onGroupBy={onGroupBy} />}
    </Box>
  );
}

/** Which survey last term's figures come from. */
function PreviousTitle({ id }: { id: string }) {
  const translate = useTranslate();
  const { data } = useGetOne<SurveyFieldsFragment>('surveys', { id });
  if (!data) return null;
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
      {translate('resources.surveys.results.previous_title', { title: '' })}
      <Link to={`/surveys/${id}/show`}>{data.title}</Link>
    </Typography>
  );
}

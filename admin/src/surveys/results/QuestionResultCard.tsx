import { Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { ShareBarChart } from './charts';
import { formatMean, formatRate, optionRows, type QuestionFigures } from './resultsModel';

/** One question: its figures, a bar chart (ratings 1–5 or options) beside last term's, and the table. */
export function QuestionResultCard({ question, previous, number }: { question: QuestionFigures; previous?: QuestionFigures; number: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows = optionRows(question, previous);
  const rating = question.kind === 'RATING';
  const label = (option: string) => (rating ? translate('resources.surveys.results.rating_value', { rating: option }) : option);
  const heading = `${translate('resources.surveys.question_label', { number })} ${question.text}`;
  return (
    <Card variant="outlined" component="section" aria-label={heading}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
          {heading}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', my: 1 }}>
          <Chip size="small" label={translate(`app.enums.questionKind.${question.kind}`)} />
          <Chip size="small" variant="outlined" label={translate('resources.surveys.results.answered', { count: question.responseCount })} />
          {rating && (
            <Chip
              size="small"
              color="primary"
              variant="outlined"
              label={
                previous
                  ? translate('resources.surveys.results.mean_compare', { mean: formatMean(question.meanRating), previous: formatMean(previous.meanRating) })
                  : translate('resources.surveys.results.mean', { mean: formatMean(question.meanRating) })
              }
            />
          )}
          {rating && (
            <Chip
              size="small"
              color="success"
              variant="outlined"
              label={`${translate('resources.surveys.results.satisfaction')} ${formatRate(question.satisfactionRate, locale)}${previous ? ` / ${formatRate(previous.satisfactionRate, locale)}` : ''}`}
            />
          )}
        </Stack>
        {question.kind === 'TEXT' ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.surveys.results.text_only', { count: question.responseCount })}
          </Typography>
        ) : question.responseCount === 0 && !previous ? (
          <Typography variant="body2" color="text.secondary">
            {translate('resources.surveys.results.no_answers')}
          </Typography>
        ) : (
          <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
            <ShareBarChart
              title={heading}
              horizontal={!rating}
              currentLabel={translate('resources.surveys.results.current')}
              previousLabel={previous ? translate('resources.surveys.results.previous') : undefined}
              data={rows.map((row) => ({ label: label(row.label), current: row.share, previous: row.previousShare }))}
            />
            <Table size="small" sx={{ maxWidth: 420 }}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.surveys.results.option')}</TableCell>
                  <TableCell align="right">{translate('resources.surveys.results.count')}</TableCell>
                  <TableCell align="right">{translate('resources.surveys.results.share')}</TableCell>
                  {previous && <TableCell align="right">{translate('resources.surveys.results.previous')}</TableCell>}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.label}>
                    <TableCell>{label(row.label)}</TableCell>
                    <TableCell align="right">{row.count}</TableCell>
                    <TableCell align="right">{formatRate(row.share, locale)}</TableCell>
                    {previous && <TableCell align="right">{formatRate(row.previousShare, locale)}</TableCell>}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { SurveyGroupBy } from '../../generated/graphql';
import { GROUP_BYS } from '../surveyApi';
import { formatNumber } from '../../common/numbers';
import { ShareBarChart } from './charts';
import { formatPointChange, formatRate, groupName, previousGroup, type Results } from './resultsModel';

/** 分组统计: pick a grouping; each group's answers and satisfaction, beside last term's, as table and chart. */
export function GroupResults({
  results,
  groupBy,
  onGroupBy,
}: {
  results: Results;
  groupBy: SurveyGroupBy | null;
  onGroupBy: (groupBy: SurveyGroupBy | null) => void;
}) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const previous = results.previous;
  return (
    <Box component="section" aria-labelledby="group-results-title" sx={{ mt: 3 }}>
      <Typography id="group-results-title" variant="h6" component="h2">
        {translate('resources.surveys.results.group_by')}
      </Typography>
      <ToggleButtonGroup
        exclusive
        size="small"
        value={groupBy ?? 'NONE'}
        sx={{ my: 1, flexWrap: 'wrap' }}
        aria-label={translate('resources.surveys.results.group_by')}
        onChange={(_event, value: string | null) => value && onGroupBy(value === 'NONE' ? null : (value as SurveyGroupBy))}
      >
        <ToggleButton value="NONE">{translate('resources.surveys.results.group_none')}</ToggleButton>
        {GROUP_BYS.map((key) => (
          <ToggleButton key={key} value={key}>
            {translate(`app.enums.surveyGroupBy.${key}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {groupBy && results.groups.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('resources.surveys.results.no_groups')}
        </Typography>
      )}
      {groupBy && results.groups.length > 0 && (
        <Stack direction={{ xs: 'column', lg: 'row' }} spacing={2}>
          <Table size="small" sx={{ maxWidth: 560 }} aria-label={translate(`app.enums.surveyGroupBy.${groupBy}`)}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.surveys.results.group')}</TableCell>
                <TableCell align="right">{translate('resources.surveys.results.responses')}</TableCell>
                <TableCell align="right">{translate('resources.surveys.results.satisfaction')}</TableCell>
                {previous && <TableCell align="right">{translate('resources.surveys.results.previous')}</TableCell>}
              </TableRow>
            </TableHead>
            <TableBody>
              {results.groups.map((group) => {
                const before = previousGroup(previous, group);
                return (
                  <TableRow key={group.key}>
                    <TableCell>{groupName(translate, group)}</TableCell>
                    <TableCell align="right">{formatNumber(group.responseCount, locale)}</TableCell>
                    <TableCell align="right">{formatRate(group.satisfactionRate, locale)}</TableCell>
                    {previous && (
                      <TableCell align="right">
                        {formatRate(before?.satisfactionRate, locale)} {formatPointChange(group.satisfactionRate, before?.satisfactionRate)}
                      </TableCell>
                    )}
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
          <ShareBarChart
            horizontal
            title={translate(`app.enums.surveyGroupBy.${groupBy}`)}
            currentLabel={translate('resources.surveys.results.current')}
            previousLabel={previous ? translate('resources.surveys.results.previous') : undefined}
            data={results.groups.map((group) => ({
              label: groupName(translate, group),
              current: group.satisfactionRate,
              previous: previousGroup(previous, group)?.satisfactionRate ?? null,
            }))}
          />
        </Stack>
      )}
    </Box>
  );
}

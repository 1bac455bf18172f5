import DownloadIcon from '@mui/icons-material/GetApp';
import {
  Alert,
  Box,
  Card,
  CardContent,
  Chip,
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, LinearProgress, Link, Title, useGetOne, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { csvFileName, downloadText, today } from '../csv/csvFormat';
import { ruleExplanation, seedName } from './complianceText';
import { CURRENT_TERMS } from './complianceApi';
import { cellOf, cellText, overviewCsv, overviewSlots, sortedRows, type Overview, type OverviewCell } from './overviewTable';

function Cell({ cell }: { cell: OverviewCell | undefined }) {
  const translate = useTranslate();
  const text = cellText(cell, translate);
  if (cell?.status === 'FAILED') return <Chip size="small" color="error" label={text} />;
  if (cell?.status === 'PASSED')
    return (
      <Typography component="span" color="success.main" aria-label={translate('app.overview.status.PASSED')}>
        {text}
      </Typography>
    );
  return (
    <Typography component="span" variant="body2" color="text.secondary">
      {text}
    </Typography>
  );
}

function SlotPicker({ slot, onChange }: { slot: string; onChange: (slot: string) => void }) {
  const translate = useTranslate();
  const label = (value: string) => {
    if (value === CURRENT_TERMS) return translate('app.overview.current_terms');
    const [year, semester] = value.split('/');
    return `${year} ${translate(`app.enums.semester.${semester}`)}`;
  };
  return (
    <TextField
      select
      size="small"
      label={translate('app.overview.slot')}
      value={slot}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 280 }}
    >
      {overviewSlots(today()).map((value) => (
        <MenuItem key={value} value={value}>
          {label(value)}
        </MenuItem>
      ))}
    </TextField>
  );
}

function OverviewTable({ overview, onlyProblems }: { overview: Overview; onlyProblems: boolean }) {
  const translate = useTranslate();
  const rows = sortedRows(overview, onlyProblems);
  return (
    <TableContainer sx={{ maxHeight: '70vh' }}>
      <Table size="small" stickyHeader aria-label={translate('app.overview.title')}>
        <TableHead>
          <TableRow>
            {/* The matrix scrolls sideways in its box on a phone; the school's name keeps a readable width. */}
            <TableCell sx={{ minWidth: 140 }}>{translate('app.overview.columns.school')}</TableCell>
            <TableCell>{translate('app.overview.columns.result')}</TableCell>
            {overview.rules.map((rule) => (
              <TableCell key={rule.code} align="center" sx={{ minWidth: 72 }}>
                <Tooltip title={`${seedName(translate, rule.seed)} · ${ruleExplanation(translate, rule)}`}>
                  <span>{translate(`app.enums.complianceIssueKind.${rule.code}`)}</span>
                </Tooltip>
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.schoolId} hover>
              <TableCell>
                <Link to={`/compliance?schoolId=${row.schoolId}&termId=${row.termId}`}>{row.school.name}</Link>
                <Typography variant="caption" display="block" color="text.secondary">
                  {row.term.schoolYear} {translate(`app.enums.semester.${row.term.semester}`)}
                </Typography>
              </TableCell>
              <TableCell>
                <Chip
                  size="small"
                  color={row.compliant ? 'success' : 'error'}
                  label={row.compliant ? translate('app.compliance.ok') : translate('app.dashboard.compliance.issues', { count: row.issueCount })}
                />
              </TableCell>
              {overview.rules.map((rule) => (
                <TableCell key={rule.code} align="center">
                  <Cell cell={cellOf(row, rule.code)} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** 合规总览: every school × rule for a term, exportable, each school linking to its report (district admins). */
export default function OverviewPage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const slot = params.get('slot') ?? CURRENT_TERMS;
  const [onlyProblems, setOnlyProblems] = useState(false);
  const { data: overview, isPending, error } = useGetOne<Overview & { id: string }>('complianceOverviews', { id: slot });
  const problems = overview?.rows.filter((row) => !row.compliant).length ?? 0;
  const exportCsv = () => overview && downloadText(overviewCsv(overview, translate), csvFileName(translate('app.overview.file'), today()));
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="app.overview.title" />
      <CardContent>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('app.overview.intro')}
        </Typography>
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { md: 'center' } }}>
          <SlotPicker slot={slot} onChange={(value) => setParams(value === CURRENT_TERMS ? {} : { slot: value }, { replace: true })} />
          <FormControlLabel
            control={<Switch checked={onlyProblems} onChange={(event) => setOnlyProblems(event.target.checked)} />}
            label={translate('app.overview.only_problems')}
          />
          <Box sx={{ flex: 1 }} />
          {/* Never squeezed by the pickers beside it: its label stays on one line at every width. */}
          <Button
            label="app.overview.export"
            onClick={exportCsv}
            disabled={!overview || overview.rows.length === 0}
            sx={{ flexShrink: 0, whiteSpace: 'nowrap', alignSelf: { xs: 'flex-start', md: 'center' } }}
          >
            <DownloadIcon />
          </Button>
        </Stack>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{translate('app.overview.unavailable')}</Alert>}
        {overview && (
          <>
            <Alert severity={problems > 0 ? 'warning' : 'success'} sx={{ mb: 2 }}>
              {translate('app.overview.summary', { smart_count: overview.rows.length, problems, recomputed: overview.recomputedCount })}
            </Alert>
            {overview.rows.length === 0 ? (
              <Typography>{translate('app.overview.empty')}</Typography>
            ) : (
              <OverviewTable overview={overview} onlyProblems={onlyProblems} />
            )}
            <Typography variant="caption" display="block" color="text.secondary" sx={{ mt: 1 }}>
              {translate('app.overview.legend')}
            </Typography>
          </>
        )}
      </CardContent>
    </Card>
  );
}

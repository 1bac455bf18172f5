import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import {
  Alert,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { AutocompleteInput, Button, Form, LinearProgress, ReferenceInput, Title, useGetOne, useTranslate } from 'react-admin';
import { Link, useSearchParams } from 'react-router-dom';
import { useAppIdentity } from '../common/useIdentity';
import type { DistrictCareBoardQuery } from '../generated/graphql';
import { AlertLines, BoardSummary, PickupTables, SessionTable, markLine, type Board } from './BoardParts';
import { careBoardKey, schoolToday } from './careApi';

type DistrictRow = DistrictCareBoardQuery['districtCareBoard'][number];

/** The query string of a board (school and day), shared by the board and its printable sheet. */
export const boardSearch = (schoolId: string, date: string) => `?${new URLSearchParams({ schoolId, date }).toString()}`;

function SchoolBoard({ schoolId, date }: { schoolId: string; date: string }) {
  const translate = useTranslate();
  const { data: board, isPending, error } = useGetOne<Board & { id: string }>('careBoards', { id: careBoardKey(schoolId, date) });
  // Who is still waiting is what the screen is for; everyone (released, on leave, absent) is one click away and on paper.
  const [everyone, setEveryone] = useState(false);
  if (isPending) return <LinearProgress />;
  if (error || !board) return <Alert severity="error">{translate('app.care.board.unavailable')}</Alert>;
  if (!board.serviceDay) return <Alert severity="info">{translate('app.care.board.not_service_day')}</Alert>;
  return (
    <>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="body2">{translate('app.care.board.care_log')}</Typography>
        <Chip
          size="small"
          color={board.careLogWritten ? 'success' : 'warning'}
          label={translate(board.careLogWritten ? 'app.care.board.care_log_written' : 'app.care.board.care_log_missing')}
        />
        <Button label="app.care.board.print" component={Link} to={`/careSheet${boardSearch(schoolId, date)}`}>
          <PrintIcon />
        </Button>
      </Stack>
      <BoardSummary board={board} />
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('app.care.board.alerts')}
      </Typography>
      <AlertLines board={board} />
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('app.care.board.sessions')}
      </Typography>
      <SessionTable board={board} />
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'center' }}>
        <Typography variant="h6">{translate('app.care.board.pickups')}</Typography>
        <Button label={everyone ? 'app.care.board.show_waiting' : 'app.care.board.show_everyone'} onClick={() => setEveryone(!everyone)} />
      </Stack>
      <PickupTables board={board} waitingOnly={!everyone} />
    </>
  );
}

/** One row per school, counts only; a row opens the school's board. */
function DistrictBoard({ date, open }: { date: string; open: (schoolId: string) => void }) {
  const translate = useTranslate();
  const { data, isPending, error } = useGetOne<{ id: string; rows: DistrictRow[] }>('districtCareBoards', { id: date });
  if (isPending) return <LinearProgress />;
  if (error || !data) return <Alert severity="error">{translate('app.care.board.unavailable')}</Alert>;
  const summary = (key: string) => translate(`app.care.board.summary.${key}`);
  return (
    <TableContainer>
      <Table size="small" aria-label={translate('app.care.board.district_title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('app.care.board.columns.school')}</TableCell>
            {['sessions', 'taken', 'missing', 'not_yet_due', 'open_alerts', 'due', 'released', 'waiting'].map((key) => (
              <TableCell key={key} align="right">
                {summary(key)}
              </TableCell>
            ))}
            <TableCell>{translate('app.care.board.columns.marks')}</TableCell>
            <TableCell>{translate('app.care.board.care_log')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.rows.map((row) => (
            <TableRow key={row.schoolId} hover sx={{ cursor: 'pointer' }} onClick={() => open(row.schoolId)}>
              <TableCell>{row.school?.name ?? row.schoolId}</TableCell>
              {[row.sessions, row.taken, row.missing, row.notYetDue, row.openAlertCount, row.due, row.released, row.waiting].map((value, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed and in a fixed order
                <TableCell key={index} align="right" sx={index === 2 && value > 0 ? { color: 'error.main', fontWeight: 600 } : undefined}>
                  {row.serviceDay ? value : '—'}
                </TableCell>
              ))}
              <TableCell>{row.serviceDay ? markLine(row.marks) : translate('app.care.board.not_service_day')}</TableCell>
              <TableCell>{row.serviceDay && translate(row.careLogWritten ? 'app.care.board.care_log_written' : 'app.care.board.care_log_missing')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** 今日看护: a school's board (sessions, alerts, pickup); the district sees every school's counts and opens one. */
export default function CareBoardPage() {
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  const [params, setParams] = useSearchParams();
  const district = identity?.role === 'DISTRICT_ADMIN';
  const schoolId = identity?.role === 'SCHOOL_ADMIN' ? (identity.schoolId ?? '') : (params.get('schoolId') ?? '');
  const date = params.get('date') ?? schoolToday();
  const select = (next: { schoolId?: string; date?: string }) =>
    setParams(Object.fromEntries(Object.entries({ schoolId, date, ...next }).filter(([, v]) => v)), { replace: false });
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={district && !schoolId ? 'app.care.board.district_title' : 'app.care.board.title'} />
      <CardContent>
        <Form key={schoolId} defaultValues={{ schoolId }}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ mb: 2, alignItems: { sm: 'center' } }}>
            {district && (
              <ReferenceInput source="schoolId" reference="schools" sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput
                  optionText="name"
                  label="app.picker.school"
                  sx={{ minWidth: 280 }}
                  helperText={false}
                  onChange={(value: string) => select({ schoolId: value ?? '' })}
                />
              </ReferenceInput>
            )}
            <MuiTextField
              type="date"
              size="small"
              label={translate('app.care.board.date')}
              value={date}
              onChange={(event) => select({ date: event.target.value })}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            {district && schoolId && (
              <Button label="app.care.board.back_to_district" onClick={() => select({ schoolId: '' })}>
                <ArrowBackIcon />
              </Button>
            )}
          </Stack>
        </Form>
        {schoolId ? <SchoolBoard schoolId={schoolId} date={date} /> : district && <DistrictBoard date={date} open={(id) => select({ schoolId: id })} />}
      </CardContent>
    </Card>
  );
}

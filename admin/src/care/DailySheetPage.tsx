import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Typography } from '@mui/material';
import { Button, LinearProgress, Title, useGetOne, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { PrintStyles } from '../common/PrintStyles';
import { useAppIdentity } from '../common/useIdentity';
import { AlertLines, BoardSummary, PickupTables, SessionTable, type Board } from './BoardParts';
import { careBoardKey, schoolToday } from './careApi';

/**
 * 课后服务日报: the day's board on paper (A4, with the console's print styles): sessions and roll calls, open alerts,
 * every pickup slot with who was released to whom, the care log's state and a line for the duty leader's signature.
 */
export default function DailySheetPage() {
  const translate = useTranslate();
  const { identity } = useAppIdentity();
  const [params] = useSearchParams();
  const schoolId = identity?.role === 'SCHOOL_ADMIN' ? (identity.schoolId ?? '') : (params.get('schoolId') ?? '');
  const date = params.get('date') ?? schoolToday();
  const {
    data: board,
    isPending,
    error,
  } = useGetOne<Board & { id: string }>('careBoards', { id: careBoardKey(schoolId, date) }, { enabled: Boolean(schoolId) });
  const { data: school } = useGetOne<{ id: string; name: string }>('schools', { id: schoolId }, { enabled: Boolean(schoolId) });
  if (!schoolId) return <Alert severity="info">{translate('app.care.board.pick_school')}</Alert>;
  if (isPending) return <LinearProgress />;
  if (error || !board) return <Alert severity="error">{translate('app.care.board.unavailable')}</Alert>;
  const section = (key: string) => (
    <Typography variant="h6" sx={{ mt: 2 }}>
      {translate(key)}
    </Typography>
  );
  return (
    <Box sx={{ p: 2, bgcolor: 'background.paper' }} className="care-sheet">
      <PrintStyles />
      <Title title="app.care.sheet.title" />
      <Box className="no-print" sx={{ mb: 2 }}>
        <Button label="app.care.sheet.print" variant="contained" onClick={() => window.print()}>
          <PrintIcon />
        </Button>
      </Box>
      <Typography variant="h5" component="h1">
        {translate('app.care.sheet.heading', { school: school?.name ?? '', date })}
      </Typography>
      <Typography variant="caption" color="text.secondary">
        {translate('app.care.sheet.printed_at', { at: new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) })}
      </Typography>
      {!board.serviceDay ? (
        <Alert severity="info">{translate('app.care.board.not_service_day')}</Alert>
      ) : (
        <>
          <BoardSummary board={board} />
          <Typography variant="body2">
            {translate('app.care.board.care_log')}
            {translate('app.format.colon')}
            {translate(board.careLogWritten ? 'app.care.board.care_log_written' : 'app.care.board.care_log_missing')}
          </Typography>
          {section('app.care.board.sessions')}
          <SessionTable board={board} />
          {section('app.care.board.alerts')}
          <AlertLines board={board} />
          {section('app.care.board.pickups')}
          <PickupTables board={board} />
        </>
      )}
      <Typography sx={{ mt: 4 }}>{translate('app.care.sheet.signature')} ____________________</Typography>
    </Box>
  );
}

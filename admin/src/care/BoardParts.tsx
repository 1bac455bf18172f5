import { Box, Chip, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CareBoardQuery } from '../generated/graphql';
import { AlertMessage } from './alertText';

export type Board = CareBoardQuery['careBoard'];
type Marks = Board['marks'];

export const markLine = (marks: Marks) => `${marks.present}/${marks.absent}/${marks.leave}/${marks.late}`;

const stateColor = { TAKEN: 'success', MISSING: 'error', NOT_YET_DUE: 'default' } as const;
const pickupColor = { WAITING: 'warning', RELEASED: 'success', LEAVE: 'default', ABSENT: 'default' } as const;

/** The board's head: counts of sessions, alerts and children, each a labelled number. */
export function BoardSummary({ board }: { board: Board }) {
  const translate = useTranslate();
  const due = board.pickupSlots.reduce((sum, slot) => sum + slot.due, 0);
  const released = board.pickupSlots.reduce((sum, slot) => sum + slot.released, 0);
  const items: [string, number][] = [
    ['sessions', board.sessions.length],
    ['taken', board.taken],
    ['missing', board.missing],
    ['not_yet_due', board.notYetDue],
    ['open_alerts', board.openAlertCount],
    ['due', due],
    ['released', released],
    ['waiting', due - released],
  ];
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', gap: 1, mb: 2 }} aria-label={translate('app.care.board.title')}>
      {items.map(([key, value]) => (
        <Box key={key} data-count={key} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, px: 2, py: 1, minWidth: 96 }}>
          <Typography variant="caption" color="text.secondary">
            {translate(`app.care.board.summary.${key}`)}
          </Typography>
          <Typography variant="h6">{value}</Typography>
        </Box>
      ))}
    </Stack>
  );
}

/** The sessions of the day with their roll-call state and marks. */
export function SessionTable({ board }: { board: Board }) {
  const translate = useTranslate();
  const column = (key: string) => translate(`app.care.board.columns.${key}`);
  return (
    <TableContainer>
      <Table size="small" aria-label={translate('app.care.board.sessions')} className="print-block">
        <TableHead>
          <TableRow>
            {['time', 'activity', 'venue', 'state', 'taken_at', 'marks'].map((key) => (
              <TableCell key={key}>{column(key)}</TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {board.sessions.map((session) => (
            <TableRow key={session.activityId}>
              <TableCell>
                {session.startTime}–{session.endTime}
              </TableCell>
              <TableCell>{session.activity?.title ?? session.activityId}</TableCell>
              <TableCell>{session.activity?.venue ?? ''}</TableCell>
              <TableCell>
                <Chip size="small" color={stateColor[session.rollCallState]} label={translate(`app.enums.rollCallState.${session.rollCallState}`)} />
              </TableCell>
              <TableCell>
                {session.takenAt
                  ? new Date(session.takenAt).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' })
                  : ''}
              </TableCell>
              <TableCell>{session.takenAt ? markLine(session.marks) : ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Per pickup slot: the counts, and who is due, released and still waiting (`waitingOnly`: only who is still waiting). */
export function PickupTables({ board, waitingOnly = false }: { board: Board; waitingOnly?: boolean }) {
  const translate = useTranslate();
  const column = (key: string) => translate(`app.care.board.columns.${key}`);
  if (board.pickupSlots.length === 0) return <Typography variant="body2">{translate('app.care.board.no_pickups')}</Typography>;
  return (
    <>
      {board.pickupSlots.map((slot) => (
        <Box
          key={slot.time ?? 'none'}
          className="print-block"
          sx={{ mb: 2 }}
          aria-label={slot.time ? translate('app.care.board.slot', { time: slot.time }) : translate('app.care.board.no_slot')}
        >
          <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
            {slot.time ? translate('app.care.board.slot', { time: slot.time }) : translate('app.care.board.no_slot')}
            {' · '}
            {(['due', 'released', 'waiting', 'onLeave', 'absent'] as const)
              .map((key) => `${translate(`app.care.board.summary.${key === 'onLeave' ? 'on_leave' : key}`)} ${slot[key]}`)
              .join(' · ')}
          </Typography>
          {(waitingOnly ? slot.waiting > 0 : slot.children.length > 0) && (
            <TableContainer>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    {['class_name', 'student', 'pickup_state', 'released_to', 'released_at'].map((key) => (
                      <TableCell key={key}>{column(key)}</TableCell>
                    ))}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {sortChildren(waitingOnly ? slot.children.filter((item) => item.state === 'WAITING') : slot.children).map((child) => (
                    <TableRow key={child.studentId}>
                      <TableCell>{child.student?.className ?? ''}</TableCell>
                      <TableCell>{child.student?.name ?? '—'}</TableCell>
                      <TableCell>
                        <Chip size="small" color={pickupColor[child.state]} label={translate(`app.enums.pickupState.${child.state}`)} />
                        {child.overdue && <Chip size="small" color="error" sx={{ ml: 1 }} label={translate('app.care.board.overdue')} />}
                      </TableCell>
                      <TableCell>{child.releasedTo ?? ''}</TableCell>
                      <TableCell>
                        {child.releasedAt
                          ? new Date(child.releasedAt).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' })
                          : ''}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </Box>
      ))}
    </>
  );
}

type Child = Board['pickupSlots'][number]['children'][number];
const stateOrder = { WAITING: 0, RELEASED: 1, LEAVE: 2, ABSENT: 3 } as const;

/** Waiting first (overdue at the top), then by class and name. */
export function sortChildren(children: readonly Child[]): Child[] {
  return [...children].sort(
    (a, b) =>
      stateOrder[a.state] - stateOrder[b.state] ||
      Number(b.overdue) - Number(a.overdue) ||
      (a.student?.className ?? '').localeCompare(b.student?.className ?? '', 'zh-CN') ||
      (a.student?.name ?? a.studentId).localeCompare(b.student?.name ?? b.studentId, 'zh-CN'),
  );
}

/** The open alerts of the day. */
export function AlertLines({ board }: { board: Board }) {
  const translate = useTranslate();
  if (board.openAlerts.length === 0) return <Typography variant="body2">{translate('app.care.board.no_alerts')}</Typography>;
  return (
    <Box component="ul" sx={{ m: 0, pl: 3 }} className="print-block">
      {board.openAlerts.map((alert) => (
        <li key={alert.id}>
          <Typography variant="body2">
            <strong>{translate(`app.enums.alertKind.${alert.kind}`)}</strong> <AlertMessage alert={alert} />
          </Typography>
        </li>
      ))}
    </Box>
  );
}

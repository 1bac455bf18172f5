import HistoryIcon from '@mui/icons-material/History';
import { Box, Button, Chip, CircularProgress, Stack, Typography } from '@mui/material';
import { useInfiniteGetList, useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/dates';
import type { AuditEventFieldsFragment } from '../generated/graphql';
import { actorLabel, fieldLabel, formatValue, shorten, visibleChanges } from './auditFormat';

const PAGE_SIZE = 10;

function Change({ event, change }: { event: AuditEventFieldsFragment; change: AuditEventFieldsFragment['changes'][number] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const before = formatValue(event.entityType, change.field, change.before, translate, locale);
  const after = formatValue(event.entityType, change.field, change.after, translate, locale);
  const created = change.before == null;
  return (
    <Typography variant="body2" component="li" title={`${before} → ${after}`} sx={{ wordBreak: 'break-all' }}>
      <strong>{fieldLabel(event.entityType, change.field, translate)}</strong>：{created ? shorten(after) : `${shorten(before)} → ${shorten(after)}`}
    </Typography>
  );
}

function AuditEntry({ event }: { event: AuditEventFieldsFragment }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const changes = visibleChanges(event.action, event.changes);
  return (
    <Box component="li" sx={{ position: 'relative', pl: 3, pb: 2, borderLeft: 2, borderColor: 'divider', listStyle: 'none' }}>
      <Box sx={{ position: 'absolute', left: -7, top: 4, width: 12, height: 12, borderRadius: '50%', bgcolor: 'primary.main' }} />
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} useFlexGap>
        <Chip size="small" color="primary" variant="outlined" label={translate(`app.audit.actions.${event.action}`, { _: event.action })} />
        <Typography variant="body2" color="text.secondary">
          {formatDateTime(event.at, locale)} · {actorLabel(event.actorSub, event.actorRole, translate)}
        </Typography>
      </Stack>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {event.summary}
      </Typography>
      {changes.length > 0 && (
        <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2, color: 'text.secondary' }}>
          {changes.map((change) => (
            <Change key={change.field} event={event} change={change} />
          ))}
        </Box>
      )}
    </Box>
  );
}

/**
 * The audit trail (管理台账) of one record, newest first, ten at a time: who did what and when,
 * with the fields that changed.
 */
export function AuditTimeline({ entityId, title = 'app.audit.title' }: { entityId: string; title?: string }) {
  const translate = useTranslate();
  const { data, isPending, error, hasNextPage, fetchNextPage, isFetchingNextPage } = useInfiniteGetList<AuditEventFieldsFragment & { id: string }>(
    'auditEvents',
    { filter: { entityId }, pagination: { page: 1, perPage: PAGE_SIZE } },
  );
  const events = data?.pages.flatMap((page) => page.data) ?? [];
  return (
    <Box component="section" sx={{ mt: 2 }} aria-label={translate(title)}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
        <HistoryIcon fontSize="small" color="action" />
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate(title)}
        </Typography>
      </Stack>
      {isPending && <CircularProgress size={20} />}
      {error && <Typography color="error">{translate('app.audit.unavailable')}</Typography>}
      {!isPending && !error && events.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('app.audit.empty')}
        </Typography>
      )}
      <Box component="ol" sx={{ m: 0, p: 0, ml: 1 }}>
        {events.map((event) => (
          <AuditEntry key={event.id} event={event} />
        ))}
      </Box>
      {hasNextPage && (
        <Button size="small" onClick={() => fetchNextPage()} disabled={isFetchingNextPage}>
          {translate('app.audit.more')}
        </Button>
      )}
    </Box>
  );
}

import NotificationsIcon from '@mui/icons-material/Notifications';
import { Badge, Box, Divider, IconButton, List as MuiList, ListItem, ListItemText, Popover, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { AppBar, LoadingIndicator, LocalesMenuButton, useCanAccess, useGetOne, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { CareBellQuery } from '../generated/graphql';
import { notificationText } from './notificationText';

type Bell = { id: string; notifications: CareBellQuery['notifications']['nodes']; notificationCount: number; openAlertCount: number };

/** How often the bell asks again (a minute: alerts are raised by a job every 5 minutes). */
const REFRESH_MS = 60_000;

/**
 * The bell (通知与预警) in the app bar: the number of open alerts the viewer may read, and their latest notifications
 * from the outbox (SPEC §3.7). Only for those who read alerts in the console (school and district admins).
 */
export function CareBell() {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ action: 'list', resource: 'alerts' });
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const { data } = useGetOne<Bell>('careBells', { id: 'me' }, { enabled: Boolean(canAccess), refetchInterval: REFRESH_MS });
  if (!canAccess) return null;
  const count = data?.openAlertCount ?? 0;
  return (
    <>
      <Tooltip title={translate('app.care.bell.label')}>
        <IconButton color="inherit" aria-label={translate('app.care.bell.label')} data-count={count} onClick={(event) => setAnchor(event.currentTarget)}>
          <Badge badgeContent={count} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ width: 340, maxWidth: '90vw', p: 2 }} role="dialog" aria-label={translate('app.care.bell.label')}>
          <Typography variant="subtitle1" component={Link} to="/alerts" onClick={() => setAnchor(null)} sx={{ color: 'error.main' }}>
            {translate('app.care.bell.open_alerts', { count })}
          </Typography>
          <Divider sx={{ my: 1 }} />
          <Typography variant="subtitle2">{translate('app.care.bell.notifications')}</Typography>
          {(data?.notifications ?? []).length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('app.care.bell.none')}
            </Typography>
          ) : (
            <MuiList dense disablePadding>
              {data?.notifications.map((item) => {
                const { title, body } = notificationText(translate, 'resources.alerts.notifications.', item);
                return (
                  <ListItem key={item.id} disableGutters>
                    <ListItemText primary={title} secondary={body} />
                  </ListItem>
                );
              })}
            </MuiList>
          )}
        </Box>
      </Popover>
    </>
  );
}

/** react-admin's app bar with the bell before the language switch (the default toolbar otherwise). */
export function CareAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <CareBell />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    />
  );
}

import ExitToAppIcon from '@mui/icons-material/ExitToApp';
import HandshakeIcon from '@mui/icons-material/Handshake';
import VerifiedIcon from '@mui/icons-material/Verified';
import { Button, Stack } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { CountLink, WidgetCard } from './WidgetCard';
import { listPath } from './useDashboard';

/** Active contracts ending within 30 days → the contract list with its "30 天内到期" filter. */
export function ContractsExpiringWidget({ count }: { count: number }) {
  const translate = useTranslate();
  return (
    <WidgetCard title="app.dashboard.contracts.title" icon={<HandshakeIcon />} testId="widget-contracts">
      <CountLink count={count}>
        <Button component={Link} to={listPath('contracts', { expiringSoon: true })} size="small">
          {translate('app.dashboard.contracts.link')}
        </Button>
      </CountLink>
    </WidgetCard>
  );
}

/** Qualifications of approved providers expiring within 30 days → the approved providers. */
export function QualificationsExpiringWidget({ count }: { count: number }) {
  const translate = useTranslate();
  return (
    <WidgetCard title="app.dashboard.qualifications.title" icon={<VerifiedIcon />} testId="widget-qualifications">
      <CountLink count={count}>
        <Button component={Link} to={listPath('providers', { status: 'APPROVED' })} size="small">
          {translate('app.dashboard.qualifications.link')}
        </Button>
      </CountLink>
    </WidgetCard>
  );
}

/** Exit cases in progress → the cases awaiting a decision, and those in transition. */
export function OpenExitsWidget({ count }: { count: number }) {
  const translate = useTranslate();
  return (
    <WidgetCard title="app.dashboard.exits.title" icon={<ExitToAppIcon />} testId="widget-exits">
      <CountLink count={count}>
        <Stack direction="row" spacing={1}>
          <Button component={Link} to={listPath('providerExits', { status: 'OPEN' })} size="small">
            {translate('app.dashboard.exits.open')}
          </Button>
          <Button component={Link} to={listPath('providerExits', { status: 'APPROVED' })} size="small">
            {translate('app.dashboard.exits.approved')}
          </Button>
        </Stack>
      </CountLink>
    </WidgetCard>
  );
}

import BusinessIcon from '@mui/icons-material/Business';
import { Chip, Stack, Typography } from '@mui/material';
import { Link, useTranslate } from 'react-admin';
import { statusColors } from '../common/enums';
import type { Role } from '../generated/graphql';
import { listPath, type DashboardData } from './useDashboard';
import { WidgetCard } from './WidgetCard';

/**
 * Providers per admission status, each a link to the list with that status. A school admin reads
 * approved providers only, so sees that one figure.
 */
export function ProvidersWidget({ counts, role }: { counts: DashboardData['providersByStatus']; role: Role | undefined }) {
  const translate = useTranslate();
  const shown = role === 'DISTRICT_ADMIN' ? counts : counts.filter((row) => row.status === 'APPROVED');
  const total = shown.reduce((sum, row) => sum + row.count, 0);
  return (
    <WidgetCard title="app.dashboard.providers.title" icon={<BusinessIcon />} testId="widget-providers">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.dashboard.providers.total', { count: total })}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        {shown.map((row) => (
          <Chip
            key={row.status}
            clickable
            component={Link}
            to={listPath('providers', { status: row.status })}
            color={row.count > 0 ? (statusColors[row.status] ?? 'default') : 'default'}
            variant={row.count > 0 ? 'filled' : 'outlined'}
            label={`${translate(`app.enums.providerStatus.${row.status}`)} ${row.count}`}
          />
        ))}
      </Stack>
    </WidgetCard>
  );
}

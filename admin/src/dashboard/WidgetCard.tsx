import { Card, CardContent, Stack, Typography } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A dashboard widget: a titled card (its title names the region for screen readers). */
export function WidgetCard({ title, icon, children, testId }: { title: string; icon: ReactElement; children: ReactNode; testId?: string }) {
  const translate = useTranslate();
  const label = translate(title);
  return (
    <Card component="section" aria-label={label} sx={{ height: '100%' }} data-testid={testId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, color: 'text.secondary' }}>
          {icon}
          <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600, color: 'text.primary' }}>
            {label}
          </Typography>
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}

/** A big number that links to the list it counts. */
export function CountLink({ count, children }: { count: number; children: ReactNode }) {
  return (
    <Stack spacing={0.5}>
      <Typography variant="h3" component="p" color={count > 0 ? 'warning.main' : 'text.primary'}>
        {count}
      </Typography>
      {children}
    </Stack>
  );
}

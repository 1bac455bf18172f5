import { Box, Typography, useMediaQuery, type Theme } from '@mui/material';
import type { ReactElement, ReactNode } from 'react';

/** Phones (below MUI's `sm`, 600 px): the console shows lists as cards, one column, no table. */
export const useIsPhone = () => useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'), { noSsr: true });

/**
 * A list's rows: the table on wider screens, cards on a phone (react-admin's SimpleList, as its demo does) — a
 * 9-column table is unreadable at 360 px.
 */
export function ResponsiveRows({ phone, children }: { phone: ReactElement; children: ReactElement }) {
  return useIsPhone() ? <Box className="list-cards">{phone}</Box> : children;
}

/** One line of a card: its parts joined with " · ", empty parts left out. */
export function CardLine({ parts }: { parts: ReactNode[] }) {
  const shown = parts.filter((part) => part !== null && part !== undefined && part !== '' && part !== false);
  return (
    <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'block', overflowWrap: 'anywhere' }}>
      {shown.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a card's parts have no identity but their place
        <Box component="span" key={index}>
          {index > 0 && ' · '}
          {part}
        </Box>
      ))}
    </Typography>
  );
}

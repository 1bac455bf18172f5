import { Box, LinearProgress } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { createTheme, ThemeProvider, useTheme } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { Layout, useLoading, useLocaleState, useTranslate } from 'react-admin';
import { AppMenu } from './AppMenu';

/** While anything loads, a bar across the top of the page: the app bar's small spinner alone was easy to miss. */
function LoadingBar() {
  const loading = useLoading();
  const translate = useTranslate();
  return (
    <Box sx={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: (theme) => theme.zIndex.appBar + 1, height: 4 }} className="no-print">
      {loading && <LinearProgress color="secondary" sx={{ height: 4 }} aria-label={translate('ra.page.loading')} />}
    </Box>
  );
}

/**
 * The console's frame. MUI's own texts (pagination's "Go to next page", …) follow the UI language; table headings
 * never wrap mid-word. The default app bar already offers the language switch (LocalesMenuButton).
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  const outer = useTheme();
  const theme = useMemo(
    () => createTheme(outer, locale === 'en' ? enUS : zhCN, { components: { MuiTableCell: { styleOverrides: { head: { whiteSpace: 'nowrap' } } } } }),
    [outer, locale],
  );
  return (
    <ThemeProvider theme={theme}>
      <LoadingBar />
      <Layout menu={AppMenu}>{children}</Layout>
    </ThemeProvider>
  );
}

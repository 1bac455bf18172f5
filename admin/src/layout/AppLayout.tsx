import { Box, LinearProgress } from '@mui/material';
import { enUS, zhCN } from '@mui/material/locale';
import { createTheme, ThemeProvider, useTheme, type Theme, type ThemeOptions } from '@mui/material/styles';
import { useMemo, type ReactNode } from 'react';
import { Layout, useLoading, useLocaleState, useTranslate } from 'react-admin';
import { AppMenu } from './AppMenu';
import { CareAppBar } from '../care/CareBell';

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
 * Component defaults of the whole console, so pages stay usable from 360 px up without each one caring: tab rows
 * scroll instead of widening the page, toolbars wrap, inputs that ask for a minimum width give it up on a phone
 * (their `sx` sets it, hence `!important`), and table headings never wrap mid-word.
 */
function consoleComponents(theme: Theme) {
  const phone = theme.breakpoints.down('sm');
  return {
    components: {
      MuiTableCell: { styleOverrides: { head: { whiteSpace: 'nowrap' } } },
      // A wide table (the district's compliance overview, its today board in English) scrolls in its own box instead of
      // widening the whole frame past the screen (react-admin's frame grows to its content's width, so the app bar
      // ended mid-page). Printed sheets keep their full width.
      MuiTableContainer: { styleOverrides: { root: { '@media screen': { contain: 'inline-size' } } } },
      MuiTabs: { defaultProps: { variant: 'scrollable', scrollButtons: 'auto', allowScrollButtonsMobile: true } },
      MuiAutocomplete: { styleOverrides: { root: { [phone]: { minWidth: '0 !important', maxWidth: '100%' } } } },
      MuiFormControl: { styleOverrides: { root: { [phone]: { minWidth: '0 !important', maxWidth: '100%' } } } },
      // Page toolbars wrap; the app bar's own row stays one line.
      MuiToolbar: { styleOverrides: { root: { '&:not(.RaAppBar-toolbar)': { flexWrap: 'wrap' } } } },
      // The page column may shrink to the screen: a scrolling tab row or a long word must not widen it (flex items
      // default to their content's width).
      // react-admin lets the frame grow to its content's width (fit-content); a phone keeps it to the screen.
      RaLayout: { styleOverrides: { root: { '& .RaLayout-content': { minWidth: 0 }, [phone]: { minWidth: '0 !important' } } } },
      // On a phone the language switch is its icon (the name of the language would push the page title out).
      RaLocalesMenuButton: {
        styleOverrides: {
          root: {
            [phone]: {
              '& .MuiButton-root': { fontSize: 0, minWidth: 0 },
              '& .MuiButton-startIcon': { margin: 0 },
              '& .MuiButton-endIcon': { display: 'none' },
            },
          },
        },
      },
    },
  } as ThemeOptions;
}

/**
 * The console's frame. MUI's own texts (pagination's "Go to next page", …) follow the UI language; table headings
 * never wrap mid-word. The default app bar already offers the language switch (LocalesMenuButton).
 */
export function AppLayout({ children }: { children: ReactNode }) {
  const [locale] = useLocaleState();
  const outer = useTheme();
  const theme = useMemo(() => createTheme(outer, locale === 'en' ? enUS : zhCN, consoleComponents(outer)), [outer, locale]);
  return (
    <ThemeProvider theme={theme}>
      <LoadingBar />
      <Layout menu={AppMenu} appBar={CareAppBar}>
        {children}
      </Layout>
    </ThemeProvider>
  );
}

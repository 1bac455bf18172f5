import { GlobalStyles } from '@mui/material';

/**
 * Paper (or "save as PDF") for a report page: only the report remains — no app bar, menu, pickers or buttons
 * (`.no-print`), no loading bar; cards lose their shadow and blocks marked `.print-block` stay on one page.
 */
export function PrintStyles({ landscape = false }: { landscape?: boolean }) {
  return (
    <GlobalStyles
      styles={{
        '@media print': {
          'header.MuiAppBar-root, .MuiDrawer-root, [class*="RaSidebar"], .no-print, .MuiSnackbar-root': { display: 'none !important' },
          '.RaLayout-content, .RaLayout-appFrame, .RaLayout-contentWithSidebar': { padding: '0 !important', margin: '0 !important' },
          '.MuiPaper-root': { boxShadow: 'none !important' },
          '.print-block': { breakInside: 'avoid' },
          body: { background: '#fff' },
          '@page': { size: landscape ? 'A4 landscape' : 'A4', margin: '12mm' },
        },
      }}
    />
  );
}

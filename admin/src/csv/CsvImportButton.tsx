import UploadIcon from '@mui/icons-material/Upload';
import { lazy, Suspense, useState } from 'react';
import { Button, useCanAccess, useResourceContext } from 'react-admin';
import type { ImportResource } from './importColumns';

// The dialog (CSV parsing, mapping, preview) loads when it is opened, not with the list.
const ImportDialog = lazy(() => import('./ImportDialog'));

const importable = (resource: string | undefined): resource is ImportResource => resource === 'schools' || resource === 'providers';

/** 导入 on the schools and providers lists, for the district (the API imports for DISTRICT_ADMIN only). */
export function CsvImportButton() {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ action: 'import', resource: resource ?? '' });
  const [open, setOpen] = useState(false);
  if (!importable(resource) || !canAccess) return null;
  return (
    <>
      <Button label="app.csv.import.button" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ImportDialog resource={resource} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

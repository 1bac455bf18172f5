import UploadIcon from '@mui/icons-material/Upload';
import { lazy, Suspense, useState } from 'react';
import { Button, useCanAccess, useListContext, useResourceContext } from 'react-admin';
import { useAppIdentity } from '../common/useIdentity';
import type { ImportResource } from './importColumns';

// The dialog (CSV parsing, mapping, preview) loads when it is opened, not with the list.
const ImportDialog = lazy(() => import('./ImportDialog'));

const importable = (resource: string | undefined): resource is ImportResource => resource === 'schools' || resource === 'providers' || resource === 'students';

/**
 * 导入 on the schools and providers lists for the district, and on the students list (班级名单) for a school admin,
 * or for the district once a school is chosen in the list's filter.
 */
export function CsvImportButton() {
  const resource = useResourceContext();
  const { canAccess } = useCanAccess({ action: 'import', resource: resource ?? '' });
  const { filterValues } = useListContext();
  const { identity } = useAppIdentity();
  const [open, setOpen] = useState(false);
  const schoolId = resource === 'students' ? (identity?.schoolId ?? (filterValues?.schoolId as string | undefined)) : undefined;
  if (!importable(resource) || !canAccess || (resource === 'students' && !schoolId)) return null;
  return (
    <>
      <Button label="app.csv.import.button" onClick={() => setOpen(true)}>
        <UploadIcon />
      </Button>
      {open && (
        <Suspense fallback={null}>
          <ImportDialog resource={resource} schoolId={schoolId} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}

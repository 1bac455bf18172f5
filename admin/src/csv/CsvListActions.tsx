import { CreateButton, FilterButton, TopToolbar, useFilterContext, useListContext, useResourceDefinition } from 'react-admin';
import { CsvExportButton } from './CsvExportButton';
import { CsvImportButton } from './CsvImportButton';

/**
 * A list's actions with CSV: react-admin's own (filter, 新建) plus 导出 (every row of the visible
 * filter) and, on schools and providers for the district, 导入. Used as `<List actions={<CsvListActions />}>`.
 */
export function CsvListActions() {
  const { hasCreate } = useResourceDefinition();
  const filters = useFilterContext();
  const { total } = useListContext();
  return (
    <TopToolbar>
      {filters && filters.length > 0 && <FilterButton />}
      {hasCreate && <CreateButton />}
      {total !== 0 && <CsvExportButton />}
      <CsvImportButton />
    </TopToolbar>
  );
}

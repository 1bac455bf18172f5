import { Chip } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/**
 * A filter that is on or off (e.g. "30 天内到期"), shown as a chip next to the other filters. It sets
 * `source: true` in the list filter; the resource's mapping turns that into the API's filter.
 */
export function QuickFilterChip({ source, label }: { source: string; label: string; alwaysOn?: boolean }) {
  const translate = useTranslate();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const on = filterValues[source] === true;
  const toggle = () => {
    const { [source]: _removed, ...rest } = filterValues;
    setFilters(on ? rest : { ...rest, [source]: true }, displayedFilters);
  };
  return (
    <Chip
      label={translate(label)}
      color={on ? 'primary' : 'default'}
      variant={on ? 'filled' : 'outlined'}
      onClick={toggle}
      aria-pressed={on}
      sx={{ mb: 1, alignSelf: 'center' }}
    />
  );
}

import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDate } from '../common/dates';

/** An evaluation as people name it: `绿茵少儿足球俱乐部 · 2026年11月5日`. */
export function EvaluationTitle() {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <span>{[record.provider?.name, formatDate(record.date, locale)].filter(Boolean).join(' · ')}</span>;
}

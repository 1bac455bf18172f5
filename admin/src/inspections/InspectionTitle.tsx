import { useRecordContext, useTranslate } from 'react-admin';
import type { InspectionFieldsFragment } from '../generated/graphql';

/** 督查 2026-11-12 · 育才民办小学 */
export function InspectionTitle() {
  const record = useRecordContext<InspectionFieldsFragment>();
  const translate = useTranslate();
  if (!record) return null;
  return <span>{translate('resources.inspections.title', { date: record.date, school: record.school?.name ?? '' })}</span>;
}

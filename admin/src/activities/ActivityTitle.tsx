import { useRecordContext, useTranslate } from 'react-admin';

/** An activity as people name it: `足球社团（周三 15:30–16:30）`. */
export function ActivityTitle() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {translate('app.format.note', {
        text: record.title,
        note: `${translate(`app.enums.weekday.${record.weekday}`)} ${record.startTime}–${record.endTime}`,
      })}
    </span>
  );
}

/** Who runs it: the provider (and its staff member), or the school staff member. */
export function PersonInCharge() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  if (!record.providerId) return <span>{record.staffName || translate('resources.activities.no_person')}</span>;
  const provider = record.provider?.name ?? record.providerId;
  return <span>{record.staffName ? `${provider} · ${record.staffName}` : provider}</span>;
}

import { Skeleton } from '@mui/material';
import { Fragment, type ReactNode } from 'react';
import { Link, RecordContextProvider, useCreatePath, useGetOne, useGetRecordRepresentation, useLocaleState, useTranslate } from 'react-admin';
import { actorLabel, formatScalar, resourceOfEntity, shorten, type AuditItem } from './auditFormat';

/**
 * A record an audit event refers to, by name and as a link. The name is read like any other record, with the
 * viewer's own rights: a record they may not read (the API then sends no id) or one since deleted is named as such,
 * never by its id.
 */
export function RecordLink({ refType, refId }: { refType: string | null; refId: string | null }) {
  const translate = useTranslate();
  const resource = refType ? resourceOfEntity[refType] : undefined;
  const linkable = Boolean(refId && resource && resource !== 'districtPolicy');
  const { data, isPending, error } = useGetOne(resource ?? 'schools', { id: refId ?? '' }, { enabled: linkable, retry: false });
  const represent = useGetRecordRepresentation(resource ?? 'schools');
  const createPath = useCreatePath();
  if (!refId) return <span>{translate('app.audit.hidden_record')}</span>;
  if (!linkable) return <span>{translate(`app.audit.record_types.${refType}`, { _: translate('app.audit.other_record') })}</span>;
  if (isPending) return <Skeleton variant="text" component="span" sx={{ display: 'inline-block', width: '4em' }} />;
  if (error || !data) return <span>{translate('app.audit.unavailable_record')}</span>;
  // A representation may be an element reading the record from its context (a term's 学年 + 学期): give it this record,
  // not the page's.
  return (
    <Link to={createPath({ resource: resource!, id: refId, type: 'show' })}>
      <RecordContextProvider value={data}>{represent(data) as ReactNode}</RecordContextProvider>
    </Link>
  );
}

/** One value of an audit event in the user's language: words, numbers and dates in its format, records as links. */
export function AuditValueView({ value, field }: { value: AuditItem | null | undefined; field?: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!value) return <>{translate('app.none')}</>;
  if (value.kind === 'REFERENCE') return <RecordLink refType={value.refType} refId={value.refId} />;
  if (value.kind === 'LIST') {
    const items = value.items ?? [];
    if (items.length === 0) return <>{translate('app.none')}</>;
    return (
      <>
        {items.map((item, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a stored list value: it never changes once recorded
          <Fragment key={index}>
            {index > 0 && translate('app.list_separator')}
            <AuditValueView value={item} />
          </Fragment>
        ))}
      </>
    );
  }
  if (field && value.kind === 'TEXT' && value.text) {
    // A user id (who opened a case): the automatic jobs by name.
    if (field === 'openedBy' && (value.text === 'system' || value.text === 'seed')) return <>{actorLabel(value.text, '', translate)}</>;
  }
  const text = formatScalar(value, translate, locale);
  const short = shorten(text);
  return short === text ? <>{text}</> : <span title={text}>{short}</span>;
}

import { Fragment, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { AuditEventFieldsFragment } from '../generated/graphql';
import { AuditValueView } from './AuditValueView';

/** Splits a translated message around its placeholders (marked below), so parameters can be links. */
const MARK = '\u0000';

/**
 * What an event did, as one sentence in the user's language: `app.audit.summaries.<summaryKey>` with each
 * parameter rendered by type (a record as a link with its name). Events recorded before keys existed show the
 * server's Chinese sentence.
 */
export function AuditSummary({ event }: { event: Pick<AuditEventFieldsFragment, 'summary' | 'summaryKey' | 'summaryParams'> }) {
  const translate = useTranslate();
  const key = `app.audit.summaries.${event.summaryKey}`;
  if (!event.summaryKey || translate(key, { _: '' }) === '') return <>{event.summary}</>;
  const marks = Object.fromEntries(event.summaryParams.map((param, index) => [param.name, `${MARK}${index}${MARK}`]));
  const parts = translate(key, marks).split(MARK);
  const nodes: ReactNode[] = parts.map((part, index) => {
    if (index % 2 === 0) return part;
    const param = event.summaryParams[Number(part)];
    // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's parts, in the order of the translated message
    return param ? <AuditValueView key={index} value={param.value} /> : null;
  });
  return (
    <>
      {nodes.map((node, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the sentence's parts, in the order of the translated message
        <Fragment key={index}>{node}</Fragment>
      ))}
    </>
  );
}

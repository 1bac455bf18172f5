import { useRecordContext, useTranslate } from 'react-admin';
import type { Translate } from '../compliance/complianceText';

type Maybe<T> = T | null | undefined;

/** The fields of an alert the console words (`Alert`). */
export interface AlertToWord {
  kind: string;
  message: string;
  params?: Maybe<{
    studentName?: Maybe<string>;
    className?: Maybe<string>;
    activityTitle?: Maybe<string>;
    activityStartTime?: Maybe<string>;
    venue?: Maybe<string>;
    pickupSlot?: Maybe<string>;
    graceMinutes?: Maybe<number>;
  }>;
}

/**
 * What an alert says, in the console's language, from its kind and values (`resources.alerts.messages.<kind>`); the API's
 * Chinese `message` for alerts raised before values existed and for a kind this console does not know.
 */
export function alertText(translate: Translate, alert: AlertToWord): string {
  const p = alert.params;
  if (!p) return alert.message;
  const text = translate(`resources.alerts.messages.${alert.kind}`, {
    _: '',
    studentName: p.studentName ?? translate('resources.alerts.messages.a_student'),
    className: p.className ?? '',
    activityTitle: p.activityTitle ?? '',
    activityStartTime: p.activityStartTime ?? '',
    venue: p.venue ?? '',
    pickupSlot: p.pickupSlot ?? '',
    graceMinutes: p.graceMinutes ?? '',
  });
  return text === '' ? alert.message : text;
}

export function AlertMessage({ alert }: { alert: AlertToWord }) {
  const translate = useTranslate();
  return <>{alertText(translate, alert)}</>;
}

/** The record's text (list column). */
export function AlertMessageField() {
  const alert = useRecordContext<AlertToWord>();
  return alert ? <AlertMessage alert={alert} /> : null;
}

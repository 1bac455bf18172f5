import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Translate } from '../compliance/complianceText';

type Maybe<T> = T | null | undefined;

/** The fields of an exit case the console words (`ProviderExit`). */
export interface ExitReasonToWord {
  reason: string;
  reasonCode?: Maybe<string>;
  reasonParams?: Maybe<{
    evaluationTotal?: Maybe<number>;
    evaluationThreshold?: Maybe<number>;
    satisfactionRate?: Maybe<number>;
    satisfactionThreshold?: Maybe<number>;
  }>;
}

/** A share 0–1 as the API's sentence writes it: 55.5% (rounded to 0.1%). */
export const percent = (rate: Maybe<number>) => (rate == null ? '' : `${Math.round(rate * 1000) / 10}%`);

/**
 * Why a case was opened, in the console's language: an automatic case's reason from its code and values
 * (`resources.providerExits.reason_codes.<code>`); a manual case's (the admin's own words), or a code this console does not
 * know (a newer API), as the API wrote it.
 */
export function exitReasonText(translate: Translate, exit: ExitReasonToWord): string {
  if (!exit.reasonCode) return exit.reason;
  const p = exit.reasonParams ?? {};
  const text = translate(`resources.providerExits.reason_codes.${exit.reasonCode}`, {
    _: '',
    evaluationTotal: p.evaluationTotal ?? '',
    evaluationThreshold: p.evaluationThreshold ?? '',
    satisfactionRate: percent(p.satisfactionRate),
    satisfactionThreshold: percent(p.satisfactionThreshold),
  });
  return text === '' ? exit.reason : text;
}

/** The record's reason, worded in the console's language (list column and show page). */
export function ReasonField() {
  const exit = useRecordContext<ExitReasonToWord>();
  const translate = useTranslate();
  if (!exit) return null;
  return (
    <Typography component="span" variant="body2">
      {exitReasonText(translate, exit)}
    </Typography>
  );
}

import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { failureNotice } from '../common/useRunOperation';
import { isApiError } from '../dataProvider/errors';

export interface DoubleBooking {
  activityId: string;
  title: string;
}

/**
 * Save error handling for activity forms: every refusal is notified (with the server's reason); a
 * double booking is also kept so the form can name the other activity and link to it. The field
 * error itself (venue or staffName) is put on the input by react-admin from `error.body.errors`.
 */
export function useDoubleBooking() {
  const notify = useNotify();
  const translate = useTranslate();
  const [conflict, setConflict] = useState<DoubleBooking | null>(null);
  const onError = (error: unknown) => {
    if (isApiError(error, 'CONFLICT') && error.body.conflictingActivityId) {
      const title = error.body.conflictingActivityTitle ?? '';
      setConflict({ activityId: error.body.conflictingActivityId, title });
      notify('resources.activities.conflict.body', { type: 'error', messageArgs: { title } });
      return;
    }
    setConflict(null);
    notify(...failureNotice(error, translate));
  };
  return { conflict, onError, clear: () => setConflict(null) };
}

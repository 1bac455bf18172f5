import { useState } from 'react';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { isApiError } from '../dataProvider/errors';
import type { Operation } from '../dataProvider/operation';

export interface RunOptions {
  /** Message key shown when the step succeeded. */
  success: string;
  /** Resources whose lists the step changes (their cursors are dropped). */
  forget?: string[];
  /** Also told about a refusal (e.g. to show it next to a dialog's input). */
  onError?: (error: unknown) => void;
}

/**
 * Runs a workflow step (sign, approve, reassign…): one request, a notification in the user's
 * language either way (a refusal carries the server's reason), then every page refetches.
 * Resolves to the result, or undefined when the step was refused.
 */
export function useRunOperation() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);

  const run = async <Result>(op: Operation<Result>, { success, forget, onError }: RunOptions): Promise<Result | undefined> => {
    setBusy(true);
    try {
      const { data } = await dataProvider.execute(op, { forget });
      notify(success, { type: 'success' });
      refresh();
      return data;
    } catch (error) {
      notify(...failureNotice(error, translate));
      onError?.(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

/** A refusal as a notification: our wording for the code, then the server's reason. */
export function failureNotice(error: unknown, translate: (key: string, options?: object) => string) {
  const message = error instanceof Error ? error.message : 'app.errors.UNKNOWN';
  // A refusal shown next to its input needs no second explanation in the notification.
  const detail = isApiError(error) && !error.body.errors ? error.body.detail : '';
  return [detail ? 'app.workflow.refused' : message, { type: 'error' as const, messageArgs: { message: translate(message), detail } }] as const;
}

/**
 * A refusal that names an input (`extensions.field`) as the text to show next to it, in the user's
 * language: a double booking names the other activity, other codes add the server's detail.
 */
export function fieldErrorText(error: unknown, translate: (key: string, options?: object) => string): { field: string; text: string } | undefined {
  if (!isApiError(error) || !error.body.field || error.body.field === 'expectedVersion') return undefined;
  const { field, detail, conflictingActivityTitle } = error.body;
  const text = conflictingActivityTitle
    ? translate(`app.field_errors.DOUBLE_BOOKED.${field === 'venue' ? 'venue' : 'staffName'}`, { title: conflictingActivityTitle })
    : translate(`app.field_errors.${error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION' ? error.code : 'BAD_USER_INPUT'}`, { detail });
  return { field, text };
}

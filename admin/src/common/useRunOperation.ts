import { useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { errorText, isApiError, knownReason } from '../dataProvider/errors';
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
  const [locale] = useLocaleState();
  const [busy, setBusy] = useState(false);

  const run = async <Result>(op: Operation<Result>, { success, forget, onError }: RunOptions): Promise<Result | undefined> => {
    setBusy(true);
    try {
      const { data } = await dataProvider.execute(op, { forget });
      notify(success, { type: 'success' });
      refresh();
      return data;
    } catch (error) {
      notify(...failureNotice(error, translate, locale));
      onError?.(error);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

/**
 * A refusal as a notification in the user's language — the reason worded with its parameters, never the server's
 * text. A refusal shown next to its input needs no second explanation: then only what the code means.
 */
export function failureNotice(
  error: unknown,
  translate: (key: string, options?: object) => string,
  locale?: string,
): [string, { type: 'error'; messageArgs?: { _: string } }] {
  if (!isApiError(error)) return [error instanceof Error ? error.message : 'app.errors.UNKNOWN', { type: 'error' }];
  const text = error.body.errors ? translate(`app.errors.${error.code}`) : errorText(error.body, translate, locale);
  // Already in words: react-admin's translate would only look it up as a key and fall back to it.
  return [text, { type: 'error', messageArgs: { _: text } }];
}

/**
 * A refusal that names an input (`extensions.field`) as the text to show next to it, in the user's
 * language: a double booking names the other activity, a known reason is worded with its parameters.
 */
export function fieldErrorText(
  error: unknown,
  translate: (key: string, options?: object) => string,
  locale?: string,
): { field: string; text: string } | undefined {
  if (!isApiError(error) || !error.body.field || error.body.field === 'expectedVersion') return undefined;
  const { field } = error.body;
  const text = knownOrDoubleBooking(error)
    ? errorText(error.body, translate, locale)
    : translate(`app.field_errors.${error.code === 'CONFLICT' || error.code === 'INVALID_TRANSITION' ? error.code : 'BAD_USER_INPUT'}`);
  return { field, text };
}

const knownOrDoubleBooking = (error: { body: { reason?: string; conflictingActivityTitle?: string } }) =>
  Boolean(error.body.conflictingActivityTitle) || knownReason(error.body.reason);

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { fill, publicSurveyZh, type PublicSurveyMessages } from '../i18n/zh-CN/publicSurvey';
import { KehouError } from '@kehou/client';
import { fetchPublicSurvey, issueRespondentKey, publicErrorCode, submitSurveyResponse, type PublicSurvey } from './publicApi';
import { keyStore, type KeyStore } from './respondentKey';
import { SurveyForm, type SurveyFormValues, type SurveySubmissionInput } from './SurveyForm';

type PageState =
  | { step: 'loading' }
  | { step: 'missing' }
  | { step: 'unavailable' }
  | { step: 'closed'; title?: string }
  | { step: 'answering'; survey: PublicSurvey }
  | { step: 'thanks'; survey: PublicSurvey; replaced: boolean };

export interface PublicSurveyPageProps {
  accessCode: string;
  /** The anonymous endpoint (deployed: `publicGraphqlUrl`; locally the API's own). */
  graphqlUrl: string;
  messages?: PublicSurveyMessages;
  fetchImpl?: typeof fetch;
  /** Where this device keeps its respondent keys (localStorage by default). */
  keys?: KeyStore;
}

/** A notice page (closed, not found, thanks) whose heading takes the focus when it appears. */
function Notice({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [title]);
  return (
    <div className="ps-page">
      <section className="ps-panel" aria-live="polite">
        <h1 tabIndex={-1} ref={heading}>
          {title}
        </h1>
        {children}
      </section>
    </div>
  );
}

/**
 * 家长填写问卷: the survey by its access code, answered without signing in. On the first submission the device asks
 * the server for a respondent key for this survey and keeps it, so answering again replaces the earlier answer.
 */
export function PublicSurveyPage({ accessCode, graphqlUrl, messages = publicSurveyZh, fetchImpl = fetch, keys: givenKeys }: PublicSurveyPageProps) {
  const keys = useMemo(() => givenKeys ?? keyStore(), [givenKeys]);
  const [state, setState] = useState<PageState>({ step: 'loading' });
  const [values, setValues] = useState<SurveyFormValues | undefined>();
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);

  const load = useCallback(() => {
    setState({ step: 'loading' });
    fetchPublicSurvey(graphqlUrl, accessCode, fetchImpl).then(
      (survey) => {
        document.title = survey.title;
        setState(survey.status === 'OPEN' ? { step: 'answering', survey } : { step: 'closed', title: survey.title });
      },
      (error: unknown) => setState({ step: publicErrorCode(error) === 'NOT_FOUND' ? 'missing' : 'unavailable' }),
    );
  }, [accessCode, graphqlUrl, fetchImpl]);
  useEffect(load, [load]);

  const submit = async (survey: PublicSurvey, input: SurveySubmissionInput) => {
    setSubmitting(true);
    setSubmitError(null);
    try {
      const send = async () => {
        let respondentKey = keys.get(accessCode);
        if (!respondentKey) {
          respondentKey = await issueRespondentKey(graphqlUrl, accessCode, fetchImpl);
          keys.set(accessCode, respondentKey);
        }
        return submitSurveyResponse(graphqlUrl, { accessCode, respondentKey, ...input }, fetchImpl);
      };
      const result = await send().catch((error: unknown) => {
        // A key the server no longer accepts (e.g. its secret was rotated): forget it and answer once more with a new one.
        if (!(error instanceof KehouError && error.field === 'respondentKey')) throw error;
        keys.forget(accessCode);
        return send();
      });
      setState({ step: 'thanks', survey, replaced: result.replaced });
    } catch (error) {
      const code = publicErrorCode(error);
      if (code === 'INVALID_TRANSITION') setState({ step: 'closed', title: survey.title });
      else if (code === 'RATE_LIMITED') setSubmitError(messages.rate_limited);
      else if (code === 'BAD_USER_INPUT' && error instanceof Error) setSubmitError(fill(messages.rejected, { detail: error.message }));
      else setSubmitError(messages.failed);
    } finally {
      setSubmitting(false);
    }
  };

  switch (state.step) {
    case 'loading':
      return (
        <div className="ps-page">
          <p className="ps-panel" role="status">
            {messages.loading}
          </p>
        </div>
      );
    case 'missing':
      return (
        <Notice title={messages.not_found_title}>
          <p>{messages.not_found}</p>
        </Notice>
      );
    case 'unavailable':
      return (
        <Notice title={messages.load_failed}>
          <button type="button" className="ps-button" onClick={load}>
            {messages.retry}
          </button>
        </Notice>
      );
    case 'closed':
      return (
        <Notice title={messages.closed_title}>
          {state.title && (
            <p>
              <strong>{state.title}</strong>
            </p>
          )}
          <p>{messages.closed}</p>
        </Notice>
      );
    case 'thanks':
      return (
        <Notice title={messages.thanks_title}>
          <p>{messages.thanks}</p>
          {state.replaced && (
            <p>
              <strong>{messages.replaced}</strong>
            </p>
          )}
          <button type="button" className="ps-button ps-button--secondary" onClick={() => setState({ step: 'answering', survey: state.survey })}>
            {messages.change}
          </button>
        </Notice>
      );
    case 'answering':
      return (
        <div className="ps-page">
          <SurveyForm
            survey={state.survey}
            messages={messages}
            initialValues={values}
            onValuesChange={setValues}
            submitting={submitting}
            submitError={submitError}
            idPrefix="public"
            onSubmit={(input) => submit(state.survey, input)}
          />
        </div>
      );
  }
}

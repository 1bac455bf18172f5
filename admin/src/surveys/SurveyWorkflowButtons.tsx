import BarChartIcon from '@mui/icons-material/BarChart';
import PublishIcon from '@mui/icons-material/Publish';
import StopCircleIcon from '@mui/icons-material/StopCircle';
import { useState } from 'react';
import { Button, Confirm, Link, useCreatePath, useRecordContext, useRedirect } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { useAppIdentity } from '../common/useIdentity';
import { useRunOperation } from '../common/useRunOperation';
import { isApiError, type WordingPhrase } from '../dataProvider/errors';
import type { SurveyFieldsFragment } from '../generated/graphql';
import { allowedSurveyActions } from './surveyActions';
import { surveyWorkflow } from './surveyApi';

/** The wording refusal of a publication, if that is what the error is. */
export const refusedPhrases = (error: unknown): WordingPhrase[] | undefined => (isApiError(error, 'BAD_USER_INPUT') ? error.body.phrases : undefined);

/**
 * 发布 with its confirmation. A wording refusal goes to `onRefused` (the builder marks the fields);
 * without one, to the builder with the phrases, which marks them there.
 */
export function PublishButton({
  onRefused,
  disabled,
  label = 'resources.surveys.workflow.publish',
}: {
  onRefused?: (phrases: WordingPhrase[]) => void;
  disabled?: boolean;
  label?: string;
}) {
  const record = useRecordContext<SurveyFieldsFragment>();
  const { run, busy } = useRunOperation();
  const redirect = useRedirect();
  const navigate = useNavigate();
  const createPath = useCreatePath();
  const [confirming, setConfirming] = useState(false);
  if (!record) return null;
  const publish = async () => {
    setConfirming(false);
    const published = await run(surveyWorkflow.publish(record), {
      success: 'resources.surveys.workflow.published',
      forget: ['surveys'],
      onError: (error) => {
        const phrases = refusedPhrases(error);
        if (!phrases) return;
        if (onRefused) onRefused(phrases);
        else navigate(createPath({ resource: 'surveys', id: record.id, type: 'edit' }), { state: { phrases } });
      },
    });
    if (published) redirect('show', 'surveys', record.id);
  };
  return (
    <>
      <Button label={label} variant="contained" onClick={() => setConfirming(true)} disabled={busy || disabled}>
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="resources.surveys.workflow.publish_title"
        content="resources.surveys.workflow.publish_content"
        onConfirm={publish}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/** 结束: stops collecting answers (a weak provider result then opens an exit case on the server). */
function CloseButton() {
  const record = useRecordContext<SurveyFieldsFragment>();
  const { run, busy } = useRunOperation();
  const [confirming, setConfirming] = useState(false);
  if (!record) return null;
  return (
    <>
      <Button label="resources.surveys.workflow.close" color="warning" onClick={() => setConfirming(true)} disabled={busy}>
        <StopCircleIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={busy}
        title="resources.surveys.workflow.close_title"
        content="resources.surveys.workflow.close_content"
        onConfirm={async () => {
          await run(surveyWorkflow.close(record), { success: 'resources.surveys.workflow.closed', forget: ['surveys', 'providerExits'] });
          setConfirming(false);
        }}
        onClose={() => setConfirming(false)}
      />
    </>
  );
}

/** 查看结果 — the results page of a published survey. */
export function ResultsLink() {
  const record = useRecordContext<SurveyFieldsFragment>();
  if (!record) return null;
  return (
    <Button component={Link} to={`/surveys/${record.id}/results`} label="resources.surveys.workflow.results">
      <BarChartIcon />
    </Button>
  );
}

/** The steps the survey's status and the user's role allow. */
export function SurveyWorkflowButtons() {
  const record = useRecordContext<SurveyFieldsFragment>();
  const { identity } = useAppIdentity();
  if (!record) return null;
  const allowed = allowedSurveyActions(record.status, identity?.role);
  return (
    <>
      {allowed.includes('results') && <ResultsLink />}
      {allowed.includes('publish') && <PublishButton />}
      {allowed.includes('close') && <CloseButton />}
    </>
  );
}

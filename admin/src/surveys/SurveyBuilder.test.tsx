import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import { fromGraphQLError } from '../dataProvider/errors';
import type { Operation } from '../dataProvider/operation';
import { aGraphQLError } from '../testing/builders';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { aSurvey } from '../testing/surveyBuilders';
import { slow } from '../testing/timeouts';

const operationName = (op: Operation<unknown>) => (op.query.definitions[0] as { name: { value: string } }).name.value;

const refusal = fromGraphQLError(
  aGraphQLError('BAD_USER_INPUT', 'The survey uses coercive wording', {
    field: 'title',
    phrases: [
      { field: 'title', phrase: '强制', reason: '“强制”暗示不可拒绝' },
      { field: 'questions.1.options.0', phrase: '必须参加', reason: '参加与否由家长自愿选择' },
    ],
  }),
);

/** The builder of a draft whose publication the API refuses for its wording. */
function renderBuilder() {
  const survey = aSurvey({
    title: '强制问卷',
    questions: [...aSurvey().questions.slice(0, 1), { ...aSurvey().questions[1], options: ['必须参加', '不参加'] }],
  });
  const dataProvider = Object.assign(anInMemoryDataProvider({ surveys: [survey], schools: [] }), {
    execute: vi.fn(async (op: Operation<unknown>) => {
      if (operationName(op) !== 'PublishSurvey') throw new Error(`unexpected ${operationName(op)}`);
      throw refusal;
    }),
  });
  window.location.hash = '#/surveys/srv_1';
  render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('DISTRICT_ADMIN')} loginPage={LocalLoginPage} />);
  return dataProvider;
}

describe('survey builder', () => {
  afterEach(() => vi.restoreAllMocks());

  it('previews the questions as parents see them, live', async () => {
    renderBuilder();
    const preview = await screen.findByRole('region', { name: '家长看到的页面（预览）' }, slow);
    expect(within(preview).getByRole('group', { name: /您对课后服务的总体满意度/ })).toBeTruthy();
    fireEvent.change(screen.getAllByLabelText(/^题目/)[0], { target: { value: '您对托管服务满意吗' } });
    await waitFor(() => expect(within(preview).getByRole('group', { name: /您对托管服务满意吗/ })).toBeTruthy());
  });

  it('marks each field the wording check refused, with the phrase and the reason', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dataProvider = renderBuilder();
    fireEvent.click(await screen.findByRole('button', { name: '发布' }, slow));
    fireEvent.click(await screen.findByRole('button', { name: '确认' }));
    await waitFor(() => expect(dataProvider.execute).toHaveBeenCalledTimes(1));

    expect(await screen.findByText('未能发布：问卷含有强制性措辞')).toBeTruthy();
    expect(screen.getByText('第 2 题的选项 1：“必须参加”——参加与否由家长自愿选择')).toBeTruthy();
    const title = screen.getByLabelText(/问卷标题/);
    await waitFor(() => expect(title.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('含有强制性措辞：“强制”（“强制”暗示不可拒绝）')).toBeTruthy();
    const option = screen.getAllByDisplayValue('必须参加').find((input) => (input as HTMLInputElement).type === 'text')!;
    expect(option.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('含有强制性措辞：“必须参加”（参加与否由家长自愿选择）')).toBeTruthy();
  });
});

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aGraphQLError } from '../testing/builders';
import { fakeEndpoint } from '../testing/fakeEndpoint';
import { somePublicSurvey } from '../testing/surveyBuilders';
import { PublicSurveyPage } from './PublicSurveyPage';

const URL = 'https://api.test/public/graphql';
const accepted = (replaced: boolean) => ({ data: { submitSurveyResponse: { accepted: true, replaced, submittedAt: '2026-11-29T00:00:00.000Z' } } });

let issuedKeys = 0;
const issue = () => ({ data: { issueRespondentKey: { key: `rk1.device${++issuedKeys}AAAAAAAAAAAAAAA.signature${issuedKeys}BBBBBBBBBBBBB` } } });

function renderPage(answers: Record<string, (variables: Record<string, unknown>) => unknown>) {
  const sent = fakeEndpoint({ PublicSurvey: () => ({ data: { publicSurvey: somePublicSurvey() } }), IssueRespondentKey: issue, ...answers });
  render(<PublicSurveyPage accessCode="abcdefghij0123456789" graphqlUrl={URL} />);
  return sent;
}

async function answerRequired() {
  fireEvent.change(await screen.findByLabelText(/孩子就读的学校/), { target: { value: 'sch_2' } });
  fireEvent.change(screen.getByLabelText(/孩子所在年级/), { target: { value: '3' } });
  fireEvent.click(within(screen.getByRole('group', { name: /总体满意度/ })).getByRole('radio', { name: '满意' }));
  fireEvent.click(within(screen.getByRole('group', { name: /最喜欢的活动/ })).getByRole('radio', { name: '艺术' }));
}

describe('public survey page', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    localStorage.clear();
  });

  it('checks the required questions first: a summary takes the focus and each question says what is missing', async () => {
    const sent = renderPage({});
    fireEvent.click(await screen.findByRole('button', { name: '提交' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('还有 3 处需要填写')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(screen.getByRole('group', { name: /总体满意度/ }).getAttribute('aria-describedby')).toMatch(/error/);
    expect(sent.map((r) => r.operationName)).toEqual(['PublicSurvey']);
  });

  it('submits anonymously with this device’s key, thanks the parent, and says so when an earlier answer was replaced', async () => {
    let submissions = 0;
    const sent = renderPage({ SubmitSurveyResponse: () => accepted(++submissions > 1) });
    await answerRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('heading', { name: '提交成功' })).toBeTruthy();
    expect(screen.queryByText(/已更新/)).toBeNull();
    const [first] = sent.filter((r) => r.operationName === 'SubmitSurveyResponse');
    expect(first.authorization).toBeNull();
    expect(first.variables).toMatchObject({
      accessCode: 'abcdefghij0123456789',
      grade: 3,
      schoolId: 'sch_2',
      answers: [
        { questionId: 'q1', rating: 4 },
        { questionId: 'q2', choices: ['艺术'] },
      ],
    });
    // The key comes from the server, asked for once, before the first submission, without a token either.
    const [issued] = sent.filter((r) => r.operationName === 'IssueRespondentKey');
    expect(issued).toMatchObject({ variables: { accessCode: 'abcdefghij0123456789' }, authorization: null });
    expect(first.variables.respondentKey).toMatch(/^rk1\.device\d+A+\.signature\d+B+$/);

    fireEvent.click(screen.getByRole('button', { name: '修改我的答案' }));
    fireEvent.click(await screen.findByRole('button', { name: '提交' }));
    await waitFor(() => expect(screen.getByText(/已更新/)).toBeTruthy());
    const second = sent.filter((r) => r.operationName === 'SubmitSurveyResponse')[1];
    expect(second.variables.respondentKey).toBe(first.variables.respondentKey);
    expect(sent.filter((r) => r.operationName === 'IssueRespondentKey')).toHaveLength(1);
    expect(localStorage.getItem('kehou.survey.abcdefghij0123456789')).toBe(first.variables.respondentKey);
  });

  it('replaces a key the server no longer accepts, once, and answers with the new one', async () => {
    localStorage.setItem('kehou.survey.abcdefghij0123456789', 'rk1.oldoldoldoldoldoldold.stalestalestalestale1');
    const refused = {
      data: null,
      errors: [{ message: 'respondentKey must be a key issued for this survey', extensions: { code: 'BAD_USER_INPUT', field: 'respondentKey' } }],
    };
    const sent = renderPage({ SubmitSurveyResponse: (variables) => (String(variables.respondentKey).startsWith('rk1.old') ? refused : accepted(false)) });
    await answerRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('heading', { name: '提交成功' })).toBeTruthy();
    const keysSent = sent.filter((r) => r.operationName === 'SubmitSurveyResponse').map((r) => r.variables.respondentKey);
    expect(keysSent).toHaveLength(2);
    expect(keysSent[1]).toMatch(/^rk1\.device/);
    expect(localStorage.getItem('kehou.survey.abcdefghij0123456789')).toBe(keysSent[1]);
  });

  it('asks to retry later when no key can be issued right now, keeping the answers', async () => {
    const sent = renderPage({ IssueRespondentKey: () => ({ data: null, errors: [aGraphQLError('RATE_LIMITED')] }) });
    await answerRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText(/请稍等一分钟/)).toBeTruthy();
    expect(sent.filter((r) => r.operationName === 'SubmitSurveyResponse')).toHaveLength(0);
    expect((screen.getByRole('radio', { name: '艺术' }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks to retry later when rate limited, keeping the answers', async () => {
    renderPage({ SubmitSurveyResponse: () => ({ data: null, errors: [aGraphQLError('RATE_LIMITED')] }) });
    await answerRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByText(/请稍等一分钟/)).toBeTruthy();
    expect((screen.getByRole('radio', { name: '艺术' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows a polite notice for a closed survey, also when it closes while the parent answers', async () => {
    renderPage({ SubmitSurveyResponse: () => ({ data: null, errors: [aGraphQLError('INVALID_TRANSITION', 'This survey has closed')] }) });
    await answerRequired();
    fireEvent.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('heading', { name: '本问卷已结束' })).toBeTruthy();
  });

  it('shows the closed notice instead of the questions once the survey has ended', async () => {
    fakeEndpoint({ PublicSurvey: () => ({ data: { publicSurvey: somePublicSurvey({ status: 'CLOSED' }) } }) });
    render(<PublicSurveyPage accessCode="other" graphqlUrl={URL} />);
    expect(await screen.findByRole('heading', { name: '本问卷已结束' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: '提交' })).toBeNull();
  });

  it('says when the link is wrong', async () => {
    fakeEndpoint({});
    render(<PublicSurveyPage accessCode="nope" graphqlUrl={URL} />);
    expect(await screen.findByRole('heading', { name: '没有找到这份问卷' })).toBeTruthy();
  });
});

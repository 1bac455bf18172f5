import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { phoneZh } from '../i18n/zh-CN/phone';
import { createPhoneClient } from './api';
import { defaultTarget } from './handoverApi';
import { MessagesProvider } from './i18n';
import { SegmentHandover } from './SegmentHandover';

const session = (activityId: string, title: string, category: string, recorded = true) => ({
  activityId,
  recorded,
  activity: { id: activityId, title, startTime: '15:30', endTime: '16:30', weekday: 'TUESDAY', category, termId: 'trm_1', schoolId: 'sch_1' },
  marks: [
    { studentId: 'stu_a', status: 'PRESENT', student: { name: '王小明' } },
    { studentId: 'stu_b', status: 'ABSENT', student: { name: '李小红' } },
    { studentId: 'stu_c', status: 'LATE', student: { name: '赵小刚' } },
  ],
});

/** A fake endpoint answering the section's three operations; handovers are recorded as the server would (once each). */
function endpoint() {
  const handed: { studentId: string; fromActivityId: string; toActivityId: string }[] = [];
  const fetchImpl = (async (_url: string, init: RequestInit) => {
    const { operationName, variables } = JSON.parse(String(init.body));
    const data =
      operationName === 'HandoverSessions'
        ? {
            careSessions: [
              session('act_art', '美术社团', 'ARTS'),
              session('act_untaken', '阅读', 'READING', false),
              session('act_late', '延时看护', 'LATE_CARE'),
            ],
          }
        : operationName === 'LateCareSessions'
          ? {
              activities: {
                nodes: [
                  { id: 'act_early', title: '低年级看护', startTime: '16:00', endTime: '17:00', venue: '101', staffName: '周老师' },
                  { id: 'act_late', title: '延时看护', startTime: '16:30', endTime: '18:00', venue: '图书室', staffName: '陈老师' },
                ],
              },
            }
          : (handed.push({ studentId: variables.studentId, fromActivityId: variables.fromActivityId, toActivityId: variables.toActivityId }),
            { recordHandover: { id: `hnd_${variables.studentId}`, kind: 'SEGMENT', at: '2026-12-01T08:30:00Z', ...variables } });
    return new Response(JSON.stringify({ data }), { status: 200 });
  }) as unknown as typeof fetch;
  return { client: createPhoneClient('/graphql', () => 'tkn', fetchImpl), handed };
}

describe('between-segment handover on the teacher’s page (环节交接)', () => {
  it('hands the children present or late at a taken session over to the late-care session that follows it', async () => {
    const { client, handed } = endpoint();
    render(
      <MessagesProvider messages={phoneZh} lang="zh-CN" switchLanguage={() => {}}>
        <SegmentHandover client={client} />
      </MessagesProvider>,
    );
    // Only the taken, non-late-care session hands over; the absent child is not listed.
    const card = await screen.findByRole('article', { name: '美术社团：环节交接' });
    expect(screen.queryByRole('article', { name: /阅读/ })).toBeNull();
    expect(screen.queryByRole('article', { name: /延时看护：/ })).toBeNull();
    expect(
      within(card)
        .getAllByRole('checkbox')
        .map((box) => box.parentElement?.textContent),
    ).toEqual(['王小明', '赵小刚']);
    expect((within(card).getByRole('combobox') as HTMLSelectElement).value).toBe('act_late');

    fireEvent.click(within(card).getByRole('button', { name: '交接 2 名学生' }));
    await within(card).findByText('已交接 2 名学生到「延时看护」');
    expect(handed).toEqual([
      { studentId: 'stu_a', fromActivityId: 'act_art', toActivityId: 'act_late' },
      { studentId: 'stu_c', fromActivityId: 'act_art', toActivityId: 'act_late' },
    ]);
    // Handed over children are marked and not sent again.
    expect(within(card).getAllByText('已交接')).toHaveLength(2);
    await waitFor(() => expect((within(card).getByRole('button', { name: '交接 0 名学生' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('defaults to the first late-care session starting when the activity ends', () => {
    const options = [
      { id: 'b', startTime: '17:00' },
      { id: 'a', startTime: '16:00' },
    ];
    expect(defaultTarget('16:30', options)).toBe('b');
    expect(defaultTarget('18:00', options)).toBe('a');
    expect(defaultTarget('16:30', [])).toBe('');
  });
});

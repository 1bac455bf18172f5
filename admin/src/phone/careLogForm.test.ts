import { describe, expect, it } from 'vitest';
import { phoneEn } from '../i18n/en/phone';
import { phoneZh } from '../i18n/zh-CN/phone';
import { checkDraft, draftOf, incidentKinds, inputOf, newIncident, type CareLogDraft } from './careLogForm';
import { translator } from './i18n';

const incident = (at: string, description = '擦伤膝盖', action = '校医处理并告知家长') => ({
  ...newIncident(at),
  kind: 'INJURY' as const,
  description,
  action,
});

describe('the care log form (看护日志)', () => {
  it('starts from the loaded log, or from an empty summary without incidents', () => {
    expect(draftOf(null)).toEqual({ summary: '', incidents: [] });
    const draft = draftOf({ version: 3, summary: '秩序良好', incidents: [{ at: '17:40', kind: 'LATE_PICKUP', description: '家长晚到', action: '陪同等候' }] });
    expect(draft.summary).toBe('秩序良好');
    expect(draft.incidents.map(({ key: _key, ...rest }) => rest)).toEqual([{ at: '17:40', kind: 'LATE_PICKUP', description: '家长晚到', action: '陪同等候' }]);
    // Rows added later never share a list key with the loaded ones.
    expect(new Set([...draft.incidents, newIncident('18:00'), newIncident('18:00')].map((row) => row.key)).size).toBe(3);
  });

  it('names the first problem and its row, as the server’s limits say', () => {
    const ok: CareLogDraft = { summary: '秩序良好', incidents: [incident('16:05')] };
    expect(checkDraft(ok)).toBeNull();
    expect(checkDraft({ ...ok, summary: '  ' })).toEqual({ problem: 'summary_empty' });
    expect(checkDraft({ ...ok, summary: '好'.repeat(2001) })).toEqual({ problem: 'summary_long' });
    expect(checkDraft({ ...ok, incidents: [incident('16:05'), incident('')] })).toEqual({ problem: 'time', row: 2 });
    expect(checkDraft({ ...ok, incidents: [incident('24:00')] })).toEqual({ problem: 'time', row: 1 });
    expect(checkDraft({ ...ok, incidents: [incident('16:05', '摔倒', ' ')] })).toEqual({ problem: 'text_empty', row: 1 });
    expect(checkDraft({ ...ok, incidents: [incident('16:05', '摔'.repeat(501))] })).toEqual({ problem: 'text_long', row: 1 });
    expect(checkDraft({ ...ok, incidents: Array.from({ length: 51 }, () => incident('16:05')) })).toEqual({ problem: 'too_many' });
  });

  it('sends trimmed texts in time order, with the version read (none for the day’s first log)', () => {
    const draft: CareLogDraft = { summary: ' 秩序良好 ', incidents: [incident('17:40', ' 家长晚到 ', '陪同等候 '), incident('16:05')] };
    const first = inputOf('sch_1', '2026-12-01', draft, undefined);
    expect(first).toEqual({
      schoolId: 'sch_1',
      date: '2026-12-01',
      summary: '秩序良好',
      incidents: [
        { at: '16:05', kind: 'INJURY', description: '擦伤膝盖', action: '校医处理并告知家长' },
        { at: '17:40', kind: 'INJURY', description: '家长晚到', action: '陪同等候' },
      ],
    });
    expect('expectedVersion' in first).toBe(false);
    expect(inputOf('sch_1', '2026-12-01', draft, 2).expectedVersion).toBe(2);
  });

  it('words every kind and every problem in Chinese and in English', () => {
    for (const messages of [phoneZh, phoneEn]) {
      const t = translator(messages);
      for (const kind of incidentKinds) expect(t(`careLog.kinds.${kind}`)).not.toBe(`careLog.kinds.${kind}`);
      for (const problem of ['summary_empty', 'summary_long', 'too_many', 'time', 'text_empty', 'text_long'])
        expect(t(`careLog.invalid.${problem}`, { row: 2 })).not.toMatch(/careLog|%\{/);
    }
    expect(translator(phoneZh)('careLog.invalid.time', { row: 2 })).toBe('事项 2：请填写时间（时:分）');
  });
});

import { KehouError, type WriteCareLogInput } from '@kehou/client';
import { describe, expect, it } from 'vitest';
import { careLogQueue, careLogSender, sameContent, type QueuedCareLog } from './careLogQueue';
import { memoryStore, outbox } from './outbox';

const input = (summary: string, expectedVersion?: number, date = '2026-12-01'): WriteCareLogInput => ({
  schoolId: 'sch_1',
  date,
  summary,
  incidents: [{ at: '17:40', kind: 'LATE_PICKUP', description: '家长晚到', action: '陪同等候' }],
  ...(expectedVersion === undefined ? {} : { expectedVersion }),
});
const refusal = (code: KehouError['code']) => new KehouError(code, code);
const queueInMemory = () => careLogQueue(memoryStore<QueuedCareLog>((entry) => entry.key));

describe('the phone outbox (离线待发送)', () => {
  it('sends oldest first, keeps what the network did not carry, drops what was refused, one flush at a time', async () => {
    const box = outbox(
      memoryStore<{ id: string; queuedAt: string }>((entry) => entry.id),
      (entry) => entry.id,
    );
    await box.put({ id: 'b', queuedAt: '2026-12-01T08:00:02Z' });
    await box.put({ id: 'a', queuedAt: '2026-12-01T08:00:01Z' });
    await box.put({ id: 'c', queuedAt: '2026-12-01T08:00:03Z' });
    const seen: string[] = [];
    const first = box.flush(async (entry) => {
      seen.push(entry.id);
      if (entry.id === 'a') return { kind: 'sent' };
      if (entry.id === 'b') return { kind: 'refused', error: 'no' };
      return { kind: 'offline' };
    });
    // A second flush while one runs is the same flush, not a second sending.
    expect(box.flush(async () => ({ kind: 'sent' }))).toBe(first);
    const result = await first;
    expect(seen).toEqual(['a', 'b', 'c']);
    expect(result).toEqual({ sent: 1, refused: [{ entry: { id: 'b', queuedAt: '2026-12-01T08:00:02Z' }, error: 'no' }], left: 1 });
    expect((await box.pending()).map((entry) => entry.id)).toEqual(['c']);
  });
});

describe('the unsent care log (看护日志离线保存)', () => {
  it('keeps one unsent log per school and day, a later save replacing the earlier one', async () => {
    const queue = queueInMemory();
    await queue.save(input('第一稿', 2));
    await queue.save(input('第二稿', 2));
    await queue.save(input('另一天', undefined, '2026-11-30'));
    expect((await queue.pendingFor('sch_1', '2026-12-01'))?.input).toEqual(input('第二稿', 2));
    expect((await queue.pendingFor('sch_1', '2026-11-30'))?.input.summary).toBe('另一天');
    expect(await queue.pendingFor('sch_2', '2026-12-01')).toBeUndefined();
  });

  it('stays on the phone while the network fails, and goes out with the version its edits were made on', async () => {
    const queue = queueInMemory();
    await queue.save(input('网络不好时写的', 3));
    const written: WriteCareLogInput[] = [];
    let online = false;
    const send = careLogSender(
      async (sent) => {
        if (!online) throw refusal('NETWORK');
        written.push(sent);
      },
      async () => null,
      () => online,
    );
    expect(await queue.flush(send)).toEqual({ sent: 0, refused: [], left: 1 });
    expect(written).toEqual([]);
    online = true;
    expect(await queue.flush(send)).toMatchObject({ sent: 1, left: 0 });
    expect(written).toEqual([input('网络不好时写的', 3)]);
    expect(await queue.pendingFor('sch_1', '2026-12-01')).toBeUndefined();
  });

  it('a CONFLICT is refused with the user’s text handed back — unless the server already holds that text (the answer was lost)', async () => {
    const queue = queueInMemory();
    const conflicting = careLogSender(
      async () => {
        throw refusal('CONFLICT');
      },
      async () => ({ summary: '别人改过的', incidents: [] }),
      () => true,
    );
    await queue.save(input('我的内容', 1));
    const result = await queue.flush(conflicting);
    expect(result.sent).toBe(0);
    expect(result.refused.map(({ entry }) => entry.input)).toEqual([input('我的内容', 1)]);
    expect(result.left).toBe(0);

    await queue.save(input('已经到了服务器', 1));
    const arrived = careLogSender(
      async () => {
        throw refusal('CONFLICT');
      },
      async () => ({ summary: '已经到了服务器', incidents: input('x').incidents }),
      () => true,
    );
    expect(await queue.flush(arrived)).toEqual({ sent: 1, refused: [], left: 0 });
  });

  it('compares content as the input is built', () => {
    const sent = input('秩序良好');
    expect(sameContent(sent, { summary: '秩序良好', incidents: sent.incidents })).toBe(true);
    expect(sameContent(sent, { summary: '秩序良好', incidents: [] })).toBe(false);
    expect(sameContent(sent, { summary: '秩序良好', incidents: [{ ...sent.incidents[0], action: '别的' }] })).toBe(false);
    expect(sameContent(sent, null)).toBe(false);
  });
});

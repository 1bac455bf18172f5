import { describe, expect, it } from 'vitest';
import { findCoerciveWording } from './coerciveWording';

const phrases = (text: string) => findCoerciveWording({ intro: text }).map((f) => f.phrase);

describe('coercive wording check', () => {
  it('finds pressure on families (true positives)', () => {
    expect(phrases('本学期课后服务为强制项目')).toEqual(['强制']);
    expect(phrases('所有学生必须参加课后服务')).toEqual(['必须参加']);
    expect(phrases('家长不得不参加家长会')).toEqual(['不得不参加']);
    expect(phrases('请全员参加，禁止请假')).toEqual(['全员参加', '禁止请假']);
    expect(phrases('一经报名，不得退出')).toEqual(['不得退出']);
    expect(phrases('不参加的将通报批评')).toEqual(['不参加的将通报']);
    expect(phrases('这是学校的硬性要求')).toEqual(['硬性要求']);
  });

  it('allows safety rules and voluntary wording (false positives avoided)', () => {
    expect(phrases('活动期间禁止携带危险物品，禁止在走廊追逐打闹')).toEqual([]);
    expect(phrases('是否参加由家长自愿选择，可随时申请退出')).toEqual([]);
    expect(phrases('为保证安全，学生必须在指定地点等候家长接送')).toEqual([]);
    expect(phrases('您对本学期课后服务满意吗？')).toEqual([]);
  });

  it('names the field of each finding', () => {
    const findings = findCoerciveWording({ title: '必须参加的问卷', 'questions.0.text': '强制选择一项' });
    expect(findings.map((f) => [f.field, f.phrase])).toEqual([
      ['title', '必须参加'],
      ['questions.0.text', '强制'],
    ]);
  });
});

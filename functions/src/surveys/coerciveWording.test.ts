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

describe('coercive wording check on disguised text', () => {
  it('sees through zero-width characters, full-width spaces and Traditional characters, quoting what the author wrote', () => {
    expect(findCoerciveWording({ intro: '本项目为强\u200B制参加' }).map((f) => [f.phrase, f.matched])).toEqual([['强\u200B制', '强制']]);
    expect(findCoerciveWording({ intro: '全体学生必须　参加' }).map((f) => [f.phrase, f.matched])).toEqual([['必须　参加', '必须参加']]);
    expect(findCoerciveWording({ intro: '本學期課後服務為強制項目' }).map((f) => [f.phrase, f.matched])).toEqual([['強制', '强制']]);
  });

  it('catches the other usual disguises too', () => {
    // Word joiner, BOM, soft hyphen, ordinary and ideographic spaces, a line break, a variation selector.
    expect(phrases('强\u2060制')).toEqual(['强\u2060制']);
    expect(phrases('必\uFEFF须参\u00AD加')).toEqual(['必\uFEFF须参\u00AD加']);
    expect(phrases('必 须 参 加')).toEqual(['必 须 参 加']);
    expect(phrases('必须\n参加')).toEqual(['必须\n参加']);
    expect(phrases('强\uFE00制')).toEqual(['强\uFE00制']);
    // Traditional with a full-width space inside, and a Traditional phrase of another rule.
    expect(phrases('必須　參加')).toEqual(['必須　參加']);
    expect(phrases('一經報名，不得退出')).toEqual(['不得退出']);
    expect(phrases('禁止請假')).toEqual(['禁止請假']);
  });

  it('still allows the same safety rules and voluntary wording when written in Traditional characters', () => {
    expect(phrases('活動期間禁止攜帶危險物品')).toEqual([]);
    expect(phrases('是否參加由家長自願選擇，可隨時申請退出')).toEqual([]);
  });

  it('keeps the field and finds several phrases across normalised text in order', () => {
    const findings = findCoerciveWording({ title: '強\u200B制', 'questions.1.options.0': '必须 参加，禁止 请假' });
    expect(findings.map((f) => [f.field, f.matched])).toEqual([
      ['title', '强制'],
      ['questions.1.options.0', '必须参加'],
      ['questions.1.options.0', '禁止请假'],
    ]);
  });
});

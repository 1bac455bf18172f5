import { describe, expect, it } from 'vitest';
import { maskPersonalNumbers } from './personalNumbers';

describe('personal numbers in free-text answers', () => {
  it('hides mobiles, landlines and ID card numbers however they are written', () => {
    expect(maskPersonalNumbers('有问题请打13812345678，谢谢')).toBe('有问题请打[手机号已隐去]，谢谢');
    expect(maskPersonalNumbers('电话 138 1234 5678 或 +86-139-8765-4321')).toBe('电话 [手机号已隐去] 或 [手机号已隐去]');
    expect(maskPersonalNumbers('手机：１３８１２３４５６７８')).toBe('手机：[手机号已隐去]');
    expect(maskPersonalNumbers('办公室 010-12345678，家里 0755 1234 5678')).toBe('办公室 [电话号码已隐去]，家里 [电话号码已隐去]');
    expect(maskPersonalNumbers('孩子身份证110101201501011234')).toBe('孩子身份证[身份证号已隐去]');
    expect(maskPersonalNumbers('身份证 11010120150101123X')).toBe('身份证 [身份证号已隐去]');
    expect(maskPersonalNumbers('旧证号 110101150101123')).toBe('旧证号 [身份证号已隐去]');
    expect(maskPersonalNumbers('银行卡 6222 0200 1234 5678 901')).toBe('银行卡 [号码已隐去]');
  });

  it('keeps the short numbers answers are made of', () => {
    const text = '希望 3 年级的足球课改到 16:30，每周 2 次，2026 年 9 月开始，费用 80 元';
    expect(maskPersonalNumbers(text)).toBe(text);
  });
});

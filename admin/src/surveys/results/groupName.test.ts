import { describe, expect, it } from 'vitest';
import { gradeGroupLabel } from '../../../../functions/src/surveys/answerService';
import { englishConsole, zhConsole } from '../../i18n/consoleTranslators';
import { groupName } from './resultsModel';

const zh = zhConsole;
const en = await englishConsole();

const chinese = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]/;

describe('a survey result group’s name in the console’s language', () => {
  it('words a grade from its number: in Chinese as the server labels it, in English without Chinese', () => {
    for (let grade = 1; grade <= 9; grade++) {
      const group = { key: String(grade), label: gradeGroupLabel(grade), grade };
      expect(groupName(zh, group)).toBe(group.label);
      expect(groupName(en, group)).toBe(`Grade ${grade}`);
      expect(chinese.test(groupName(en, group))).toBe(false);
    }
  });

  it('keeps a school’s, provider’s or activity’s name as given', () => {
    for (const t of [zh, en]) expect(groupName(t, { label: '城关第一实验小学', grade: null })).toBe('城关第一实验小学');
  });
});

import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../../i18n';
import { someResultFigures } from '../../testing/surveyBuilders';
import { resultsCsv, UTF8_BOM } from './resultsCsv';
import { formatPointChange, formatRate, optionRows, previousQuestion, type Results } from './resultsModel';

const translate = (key: string, options?: object) => i18nProvider.translate(key, options);

const previous = someResultFigures({
  surveyId: 'srv_0',
  responseCount: 8,
  satisfactionRate: 0.5,
  questions: [
    {
      questionId: 'q9',
      text: '孩子最喜欢的活动',
      kind: 'SINGLE_CHOICE',
      responseCount: 8,
      meanRating: null,
      satisfactionRate: null,
      withheld: false,
      options: [
        { label: '体育', count: 2 },
        { label: '书法', count: 6 },
      ],
    },
  ],
  groups: [{ key: 'sch_1', label: '实验小学', grade: null, responseCount: 8, satisfactionRate: 0.5, withheld: false }],
});
const results: Results = {
  id: 'srv_1/SCHOOL',
  ...someResultFigures({ groups: [{ key: 'sch_1', label: '实验小学', grade: null, responseCount: 10, satisfactionRate: 0.6, withheld: false }] }),
  previous,
};

describe('results model', () => {
  it('finds last term’s question by text and kind, and lines its options up, old-only options last', () => {
    const question = results.questions[1];
    const before = previousQuestion(previous, question);
    expect(before?.questionId).toBe('q9');
    expect(optionRows(question, before)).toEqual([
      { label: '体育', count: 6, share: 0.6, previousCount: 2, previousShare: 0.25 },
      { label: '艺术', count: 4, share: 0.4, previousCount: 0, previousShare: 0 },
      { label: '书法', count: 0, share: 0, previousCount: 6, previousShare: 0.75 },
    ]);
    expect(previousQuestion(previous, results.questions[0])).toBeUndefined();
  });

  it('formats rates and changes in points', () => {
    expect(formatRate(0.4978, 'zh-CN')).toBe('49.8%');
    expect(formatRate(null, 'zh-CN')).toBe('—');
    expect(formatPointChange(0.4978, 0.5083)).toBe('−1.0');
    expect(formatPointChange(0.6, 0.5)).toBe('+10.0');
    expect(formatPointChange(0.6, null)).toBe('');
  });
});

describe('results CSV', () => {
  it('starts with a BOM (Excel shows Chinese), has Chinese headers and last term beside each figure', () => {
    const text = resultsCsv(results, translate, 'zh-CN', 'SCHOOL');
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1)).data;
    expect(rows[0]).toEqual(['类别', '题目', '选项', '人数', '占比', '平均分', '满意度', '上学期人数', '上学期占比', '上学期平均分', '上学期满意度']);
    expect(rows[1]).toEqual(['汇总', '', '', '10', '', '', '60.0%', '8', '', '', '50.0%']);
    expect(rows).toContainEqual(['题目', '您对课后服务的总体满意度', '4 分', '4', '40.0%', '', '', '', '', '', '']);
    expect(rows).toContainEqual(['题目', '孩子最喜欢的活动', '体育', '6', '60.0%', '', '', '2', '25.0%', '', '']);
    expect(rows.at(-1)).toEqual(['分组', '按学校', '实验小学', '10', '', '', '60.0%', '8', '', '', '50.0%']);
  });
});

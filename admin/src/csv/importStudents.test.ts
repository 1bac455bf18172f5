import { describe, expect, it } from 'vitest';
import { mapStudents } from './importMapping';

describe('class list import mapping (班级名单)', () => {
  it('reads the Chinese headers schools use, yes/no cells and genders, and flags duplicates and bad cells', () => {
    const { header, records } = mapStudents([
      ['班级', '姓名', '性别', '监护人', '电话', '留守', '困难'],
      ['三年级2班', '张小明', '男', '张建国', '13800000000', '是', ''],
      ['三年级2班', '李小红', '女', '', '', '否', '是'],
      ['三年级2班', '张小明', '男', '张建国', '13800000000', '', ''],
      ['三年级2班', '王五', '未知', '', '', '也许', ''],
    ]);
    expect(header.missing).toEqual([]);
    expect(records[0].input).toEqual({
      className: '三年级2班',
      name: '张小明',
      gender: 'MALE',
      guardianName: '张建国',
      guardianPhone: '13800000000',
      leftBehind: true,
    });
    expect(records[1].input).toEqual({ className: '三年级2班', name: '李小红', gender: 'FEMALE', leftBehind: false, hardship: true });
    expect(records[2].problems).toEqual([{ row: 4, field: 'name', code: 'DUPLICATE', args: { row: 2 } }]);
    expect(records[3].problems.map((p) => p.field)).toEqual(['gender', 'leftBehind']);
  });

  it('names the missing required columns', () => {
    expect(mapStudents([['姓名'], ['张三']]).header.missing).toEqual(['className']);
  });
});

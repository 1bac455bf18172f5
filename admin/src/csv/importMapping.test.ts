import { describe, expect, it } from 'vitest';
import { parseCsv } from './csvFormat';
import { mapHeader } from './importColumns';
import { mapProviders, mapSchools } from './importMapping';

const table = (text: string) => parseCsv(text);

describe('school rows → CreateSchoolInput', () => {
  it('maps a Chinese file, reading enums by name, grade syntax and counts', () => {
    const { header, records } = mapSchools(
      table(
        '学校名称,学校代码,学校类型,办学性质,服务年级,在校学生数,地址,校长,备注\n' +
          '实验小学,XX001,小学,公办,1-6,"1,200",解放路 1 号,王校长,随便写\n' +
          '第二中学,XX002,初中,民办,"7,8,9",,,,\n',
      ),
    );
    expect(header.unknown).toEqual(['备注']);
    expect(records.map((r) => r.rows)).toEqual([[2], [3]]);
    expect(records[0]).toMatchObject({ label: '实验小学 · XX001', problems: [] });
    expect(records[0].input).toEqual({
      name: '实验小学',
      code: 'XX001',
      type: 'PRIMARY',
      ownership: 'PUBLIC',
      grades: [1, 2, 3, 4, 5, 6],
      studentCount: 1200,
      address: '解放路 1 号',
      principal: '王校长',
    });
    // Empty optional cells are left out, so the API's defaults apply.
    expect(records[1].input).toEqual({ name: '第二中学', code: 'XX002', type: 'JUNIOR', ownership: 'PRIVATE', grades: [7, 8, 9] });
  });

  it('maps an English file with columns in another order, and the export’s own headers', () => {
    const english = mapSchools(table('Grades,School code,School name,Ownership,School type\n1-3,XX003,Sunrise,Public,Nine-year\n'));
    expect(english.records[0].input).toEqual({ name: 'Sunrise', code: 'XX003', type: 'NINE_YEAR', ownership: 'PUBLIC', grades: [1, 2, 3] });
    // The list's labels (校长（第一责任人）) and the API field names are understood too.
    expect(mapHeader('schools', ['name', 'code', 'type', 'ownership', 'grades', '校长（第一责任人）']).index.get('principal')).toBe(5);
  });

  it('reports every bad cell of a row by file row and field, and repeats of a code anywhere in the file', () => {
    const { records } = mapSchools(
      table('学校名称,学校代码,学校类型,办学性质,服务年级,在校学生数\n' + ',XX001,大学,公办,1-12,很多\n' + '\n' + '实验小学,xx001,小学,公办,1-6,\n'),
    );
    expect(records[0].problems).toEqual([
      { row: 2, field: 'name', code: 'REQUIRED' },
      { row: 2, field: 'type', code: 'BAD_CHOICE', args: { value: '大学' } },
      { row: 2, field: 'grades', code: 'BAD_GRADES', args: { value: '1-12' } },
      { row: 2, field: 'studentCount', code: 'BAD_NUMBER', args: { value: '很多' } },
    ]);
    // The blank row 3 is skipped but still counted.
    expect(records[1].rows).toEqual([4]);
    expect(records[1].problems).toEqual([{ row: 4, field: 'code', code: 'DUPLICATE', args: { row: 2 } }]);
  });

  it('says which required columns the header lacks', () => {
    expect(mapSchools(table('学校名称,地址\nA,B\n')).header.missing).toEqual(['code', 'type', 'ownership', 'grades']);
  });
});

describe('provider rows → CreateProviderInput', () => {
  const head = '机构名称,统一社会信用代码,机构类型,联系人,联系电话,服务类别,资质类型,证书编号,发证机关,有效期起,有效期止\n';

  it('groups one qualification per row under its provider, by credit code or by following rows', () => {
    const { records } = mapProviders(
      table(
        head +
          '绿茵足球,91330100MA2AAAAA1X,社会专业人员,刘建华,13800000000,"体育、科技",营业执照,YY-001,市场监督管理局,2024-01-01,2029-12-31\n' +
          ',91330100MA2AAAAA1X,,,,,教练员证,JL-018,市体育局,2025/3/1,2028/2/28\n' +
          '星空科创,91330100MA2BBBBB2Y,Training institution,王老师,0571-8888,Science,,,,,\n' +
          ',,,,,,办学许可证,BX-9,区教育局,2025-01-01,2027-12-31\n',
      ),
    );
    expect(records).toHaveLength(2);
    expect(records[0].rows).toEqual([2, 3]);
    expect(records[0].qualificationRows).toEqual([2, 3]);
    expect(records[0].input).toEqual({
      name: '绿茵足球',
      creditCode: '91330100MA2AAAAA1X',
      kind: 'SOCIAL_PROFESSIONAL',
      contactName: '刘建华',
      contactPhone: '13800000000',
      serviceCategories: ['SPORTS', 'SCIENCE'],
      qualifications: [
        { certificateType: '营业执照', number: 'YY-001', issuer: '市场监督管理局', validFrom: '2024-01-01', validTo: '2029-12-31' },
        { certificateType: '教练员证', number: 'JL-018', issuer: '市体育局', validFrom: '2025-03-01', validTo: '2028-02-28' },
      ],
    });
    expect(records[1]).toMatchObject({ rows: [4, 5], qualificationRows: [5], problems: [] });
    expect(records[1].input.kind).toBe('TRAINING_INSTITUTION');
  });

  it('puts a bad qualification row’s error on that row, and the provider is not sent', () => {
    const { records } = mapProviders(
      table(
        head +
          '绿茵足球,91330100MA2AAAAA1X,社会专业人员,刘建华,13800000000,体育,营业执照,YY-001,市场监督管理局,2024-01-01,2029-12-31\n' +
          ',91330100MA2AAAAA1X,,,,,教练员证,JL-018,,2025-03-01,2028-02-30\n' +
          ',91330100MA2AAAAA1X,志愿者,,,,,,,,\n',
      ),
    );
    expect(records).toHaveLength(1);
    expect(records[0].problems).toEqual([
      { row: 3, field: 'issuer', code: 'INCOMPLETE_QUALIFICATION' },
      { row: 4, field: 'kind', code: 'INCONSISTENT', args: { row: 2 } },
    ]);
  });

  it('refuses a qualification row with no provider before it and a code Excel mangled', () => {
    const { records } = mapProviders(
      table(head + ',,,,,,营业执照,YY-001,市场监督管理局,2024-01-01,2029-12-31\n' + '绿茵足球,9.13301E+17,社会专业人员,刘建华,13800000000,体育,,,,,\n'),
    );
    expect(records[0].problems).toEqual([{ row: 2, field: 'creditCode', code: 'NO_PROVIDER' }]);
    expect(records[1].problems).toEqual([{ row: 3, field: 'creditCode', code: 'SCIENTIFIC', args: { value: '9.13301E+17' } }]);
  });
});

import { activityCategories, genders, ownerships, providerKinds, schoolTypes, type Choice } from '../common/enums';
import type { ActivityCategory, Gender, Ownership, ProviderKind, SchoolType } from '../generated/graphql';
import { appEnglishMessages } from '../i18n/app.en';
import { appChineseMessages } from '../i18n/app.zh-CN';
import { csvEn } from '../i18n/en/csv';
import { csvZh } from '../i18n/zh-CN/csv';
import type { Translate } from './exportColumns';
import { ChoiceLookup, normalise } from './parseValues';

export type ImportResource = 'schools' | 'providers' | 'students';

/** One column of an import file: the input field it fills and how the help table describes it. */
export interface ImportColumn {
  field: string;
  required: boolean;
  /** The help text (`app.csv.formats.*`) with its arguments. */
  format: (translate: Translate) => string;
  /** A value for the template's example row. */
  example: string;
}

const zhEnums = appChineseMessages.app.enums as unknown as Record<string, Record<string, string>>;
const enEnums = appEnglishMessages.app.enums as unknown as Record<string, Record<string, string>>;
const lookup = <Value extends string>(choices: Choice<Value>[], group: string) =>
  new ChoiceLookup<Value>(
    choices.map((choice) => choice.id),
    [zhEnums[group], enEnums[group]],
  );

/** Enum values by their Chinese or English names (or the API value). */
export const choiceLookups = {
  schoolType: lookup<SchoolType>(schoolTypes, 'schoolType'),
  ownership: lookup<Ownership>(ownerships, 'ownership'),
  providerKind: lookup<ProviderKind>(providerKinds, 'providerKind'),
  activityCategory: lookup<ActivityCategory>(activityCategories, 'activityCategory'),
  gender: lookup<Gender>(genders, 'gender'),
};

const listOf = (translate: Translate, choices: Choice[]) => choices.map((choice) => translate(choice.name)).join(translate('app.list_separator'));
const help = (key: string, args?: (translate: Translate) => Record<string, string>) => (translate: Translate) => translate(key, args?.(translate));
const choiceHelp = (choices: Choice[]) => help('app.csv.formats.choice', (t) => ({ choices: listOf(t, choices) }));
const qualificationHelp = (part: string) => help('app.csv.formats.qualification', (t) => ({ part: t(`app.csv.columns.providers.${part}`) }));

const column = (field: string, required: boolean, format: ImportColumn['format'], example: string): ImportColumn => ({
  field,
  required,
  format,
  example,
});

export const importColumns: Record<ImportResource, ImportColumn[]> = {
  schools: [
    column('name', true, help('app.csv.formats.text'), '实验小学'),
    column('code', true, help('app.csv.formats.code'), 'XX001'),
    column('type', true, choiceHelp(schoolTypes), '小学'),
    column('ownership', true, choiceHelp(ownerships), '公办'),
    column('grades', true, help('app.csv.formats.grades'), '1-6'),
    column('studentCount', false, help('app.csv.formats.count'), '1200'),
    column('address', false, help('app.csv.formats.optional_text'), '解放路 1 号'),
    column('principal', false, help('app.csv.formats.optional_text'), '王校长'),
  ],
  providers: [
    column('name', true, help('app.csv.formats.text'), '绿茵少儿足球俱乐部'),
    column('creditCode', true, help('app.csv.formats.creditCode'), '91330100MA2AAAAA1X'),
    column('kind', true, choiceHelp(providerKinds), '社会专业人员'),
    column('contactName', true, help('app.csv.formats.text'), '刘建华'),
    column('contactPhone', true, help('app.csv.formats.phone'), '13800000000'),
    column('address', false, help('app.csv.formats.optional_text'), ''),
    column(
      'serviceCategories',
      true,
      help('app.csv.formats.choices', (t) => ({ choices: listOf(t, activityCategories) })),
      '体育、科技',
    ),
    column('certificateType', false, qualificationHelp('certificateType'), '营业执照'),
    column('number', false, qualificationHelp('number'), 'YY-001'),
    column('issuer', false, qualificationHelp('issuer'), '市场监督管理局'),
    column('validFrom', false, help('app.csv.formats.date'), '2024-01-01'),
    column('validTo', false, help('app.csv.formats.date'), '2029-12-31'),
  ],
  // A class list as schools keep it: 班级, 姓名, 性别, 监护人, 电话, 留守, 困难.
  students: [
    column('className', true, help('app.csv.formats.className'), '三年级2班'),
    column('name', true, help('app.csv.formats.text'), '张小明'),
    column('gender', false, choiceHelp(genders), '男'),
    column('guardianName', false, help('app.csv.formats.optional_text'), '张建国'),
    column('guardianRelation', false, help('app.csv.formats.optional_text'), '父亲'),
    column('guardianPhone', false, help('app.csv.formats.phone'), '13800000000'),
    column('leftBehind', false, help('app.csv.formats.yes_no'), '否'),
    column('hardship', false, help('app.csv.formats.yes_no'), '否'),
  ],
};

/** A header cell as compared: normalised, without a required marker (`学校名称*`, `学校名称（必填）`). */
const headerKey = (text: string) => normalise(text).replace(/(\*|（必填）|\(必填\)|\(required\))$/, '');

/** Every name a column may go by: the import headers and the list's field labels, in both languages. */
function aliases(resource: ImportResource): Map<string, string> {
  const byHeader = new Map<string, string>();
  const fieldsZh = appChineseMessages.resources[resource].fields as Record<string, string>;
  const fieldsEn = appEnglishMessages.resources[resource].fields as Record<string, string>;
  const columnsZh = csvZh.columns[resource] as Record<string, string>;
  const columnsEn = csvEn.columns[resource] as Record<string, string>;
  // Import headers first: they win over a list label of another field that happens to read the same.
  for (const names of [columnsZh, columnsEn, fieldsZh, fieldsEn]) {
    for (const { field } of importColumns[resource]) {
      for (const name of [names[field], field]) {
        const key = name ? headerKey(name) : '';
        if (key && !byHeader.has(key)) byHeader.set(key, field);
      }
    }
  }
  return byHeader;
}

export interface HeaderMap {
  /** Column index of each known field. */
  index: Map<string, number>;
  unknown: string[];
  missing: string[];
}

/** Which column holds which field; unknown headers are reported (and ignored), missing required ones too. */
export function mapHeader(resource: ImportResource, header: string[]): HeaderMap {
  const known = aliases(resource);
  const index = new Map<string, number>();
  const unknown: string[] = [];
  header.forEach((cell, i) => {
    if (cell.trim() === '') return;
    const field = known.get(headerKey(cell));
    if (field && !index.has(field)) index.set(field, i);
    else if (!field) unknown.push(cell);
  });
  const missing = importColumns[resource].filter((c) => c.required && !index.has(c.field)).map((c) => c.field);
  return { index, unknown, missing };
}

/** The header text of a field in the UI language. */
export const columnLabel = (translate: Translate, resource: ImportResource, field: string) =>
  translate(`app.csv.columns.${resource}.${field}`, { _: translate(`resources.${resource}.fields.${field}`, { _: field }) });

/** The template: the header row in the UI language and one example (two rows for a provider's two qualifications). */
export function templateRows(resource: ImportResource, translate: Translate): { headers: string[]; rows: string[][] } {
  const columns = importColumns[resource];
  const headers = columns.map((c) => columnLabel(translate, resource, c.field));
  const example = columns.map((c) => c.example);
  if (resource === 'schools' || resource === 'students') return { headers, rows: [example] };
  // The provider's second qualification: the same credit code, the provider's other columns left empty.
  const second: Record<string, string> = {
    certificateType: '教练员证',
    number: 'JL-2026-018',
    issuer: '市体育局',
    validFrom: '2025-03-01',
    validTo: '2028-02-28',
  };
  const secondRow = columns.map((c) => (c.field === 'creditCode' ? c.example : (second[c.field] ?? '')));
  return { headers, rows: [example, secondRow] };
}

import { zhOf } from '../core/labels';
import { typeOfId } from '../core/ids';

/**
 * What an audit event says, as data: a message key and typed parameters that a client renders in its own language
 * (references by id, enum values by their schema name), plus the same sentence in Chinese for `summary` — kept for
 * clients that show text as it is. The keys and Chinese sentences are listed here once; the console has a message
 * per key in each language (`app.audit.summaries.<key>`, checked against `auditSummaryKeys` by its tests).
 */
export const auditSummaryTemplates = {
  'school.created': '新建学校 {name}（{code}）',
  'school.updated': '修改学校 {name}',
  'school.deleted': '删除学校 {name}',
  'term.created': '新建学期 {schoolYear} {semester}',
  'term.updated': '修改学期 {schoolYear} {semester}',
  'term.deleted': '删除学期 {schoolYear} {semester}',
  'policy.updated': '修改区级课后服务政策',
  'activity.created': '排片：{weekday} {startTime}–{endTime} {title}',
  'activity.updated': '修改活动 {title}',
  'activity.deleted': '删除活动 {title}',
  'activity.resolvedByExit': '有序退出 {exit}：{resolution}',
  'provider.created': '登记校外机构 {name}',
  'provider.updated': '修改校外机构 {name}',
  'provider.deleted': '删除校外机构 {name}',
  'provider.statusChanged': '{name}：{from} → {to}',
  'provider.evaluated': '{school} {kind} {total} 分',
  'provider.exitOpened': '发起有序退出 {exit}：{reason}',
  'provider.exited': '{name} 已退出，{reentryDate} 后可重新申请',
  'contract.created': '起草与 {provider} 的课后服务协议',
  'contract.updated': '修改协议草稿',
  'contract.deleted': '删除协议草稿',
  'contract.statusChanged': '协议 {from} → {to}',
  'contract.terminatedByExit': '有序退出 {exit}：协议终止',
  'evaluation.recorded': '{provider} 评价 {total} 分',
  'exit.opened': '发起 {provider} 有序退出（{trigger}）',
  'exit.evidenceAdded': '补充证据：{kind} {record}',
  'exit.evidenceNoted': '补充证据：{kind} {note}',
  'exit.approved': '同意退出：{comment}',
  'exit.rejected': '驳回退出：{comment}',
  'exit.activityResolved': '{activity}：{resolution}',
  'exit.completed': '退出完成，{reentryDate} 后可重新申请',
  'survey.created': '新建问卷 {title}',
  'survey.updated': '修改问卷 {title}',
  'survey.deleted': '删除问卷 {title}',
  'survey.published': '发布问卷 {title}',
  'survey.closed': '结束问卷 {title}',
  'document.uploaded': '上传文件 {fileName}',
  'document.deleted': '删除文件 {fileName}',
  'inspection.recorded': '记录督查 {date}：{findings} 项问题，得分 {score}',
  'inspection.rectified': '整改{severity}问题「{item}」：{note}',
  'inspection.rectifiedLate': '整改{severity}问题「{item}」（逾期，期限 {rectifyBy}）：{note}',
  'inspection.closed': '督查整改完成，结案',
  // People and enrolment (issue 12): children are named masked only (李*明), as text.
  'staff.created': '新增教职工 {name}',
  'staff.updated': '修改教职工 {name}',
  'staff.deleted': '删除教职工 {name}',
  'class.created': '新建班级 {name}',
  'class.updated': '修改班级 {name}',
  'class.deleted': '删除班级 {name}',
  'student.created': '新增学生 {name}（{schoolClass}）',
  'student.updated': '修改学生 {name}',
  'student.left': '学生离校 {name}（{leftOn}）',
  'student.deleted': '删除学生 {name}',
  'student.read': '查看学生档案 {name}',
  'student.purged': '按保留期限删除学生档案（{leftOn} 离校）：含 {applications} 份申请、{rosterEntries} 条活动名单',
  'guardian.codeIssued': '发放家长绑定码（{student}，{days} 天内有效）',
  'guardian.linked': '监护人 {guardian} 绑定了孩子',
  'guardian.signedUp': '家长注册 {name}',
  'enrolment.submittedByParent': '{student} 申请课后服务（家长提交）',
  'enrolment.submittedBySchool': '{student} 申请课后服务（学校代录纸质申请）',
  'enrolment.classApproved': '班级审核通过：{comment}',
  'enrolment.classRejected': '班级审核未通过：{comment}',
  'enrolment.approved': '学校核准：{comment}',
  'enrolment.rejected': '学校未核准：{comment}',
  'enrolment.pickupSlotChanged': '放学时段改为 {pickupSlot}',
  'enrolment.withdrawn': '退出课后服务（自 {from} 起）：{reason}',
  'roster.studentAdded': '加入名单 {student}',
  'roster.studentRemoved': '移出名单 {student}',
  'roster.addedTo': '加入名单：{activity}（{weekday} {startTime}–{endTime}）',
  'roster.removedFrom': '移出名单：{activity}（{weekday} {startTime}–{endTime}）',
  'roster.withdrawn': '退出课后服务，移出名单',
  // Daily care (issue 13).
  'rollCall.recorded': '点名 {date}：出勤 {present}，缺勤 {absent}，请假 {leave}，迟到 {late}',
  'leave.requested': '请假 {from}–{to}',
  'leave.acknowledged': '请假已确认',
  'pickup.added': '添加接送人：{name}（{relation}）',
  'pickup.codeRotated': '更换接送码',
  'pickup.removed': '移除接送人：{name}',
  'pickup.refused': '接送码不符，拒绝放行',
  'pickup.released': '放学交接：{name}（{relation}）',
  'handover.recorded': '环节交接',
  'alert.raised': '{kind}：{message}',
  'alert.resolved': '处理预警：{note}',
  'careLog.written': '看护日志 {date}：{incidents} 件事项',
  'dutyRota.set': '设置值班表：{days} 天',
  // Money (issue 14): amounts in yuan.
  'bill.generated': '生成 {month} 账单 {count} 张',
  'bill.paid': '收费登记：{reference}',
  'bill.waived': '免收：{reason}',
  'bill.refunded': '退出课后服务（自 {from} 起）：按退费规则退 {amount} 元',
  'fund.set': '设置 {schoolYear} 学年运转经费 {amount} 元',
  'stipends.confirmed': '确认 {month} 课时补助表：{people} 人，合计 {amount} 元',
  'stipends.adjusted': '补助调整 {staff} {amount} 元：{reason}',
  'providerStatement.confirmed': '确认 {provider} {month} 对账单：{lines} 项，合计 {amount} 元',
  'providerStatement.adjusted': '对账单调整 {provider} {amount} 元：{reason}',
  'disclosure.published': '发布 {schoolYear} {semester}课后服务公示',
} as const;

export type AuditSummaryKey = keyof typeof auditSummaryTemplates;
export const auditSummaryKeys = Object.keys(auditSummaryTemplates) as AuditSummaryKey[];

/** How a value of an audit event is read (the `AuditValueKind` enum of the schema). */
export type AuditValueKind = 'TEXT' | 'NUMBER' | 'BOOLEAN' | 'DATE' | 'DATETIME' | 'TIME' | 'ENUM' | 'REFERENCE' | 'LIST' | 'RECORDS';

/** A typed value as stored with a summary and as computed for a field change. */
export interface AuditValue {
  kind: AuditValueKind;
  text?: string;
  enumType?: string;
  refId?: string;
  refType?: string;
  items?: AuditValue[];
  count?: number;
}

/** A summary parameter as stored: its name and value. */
export interface AuditParamRecord extends AuditValue {
  name: string;
}

/** A parameter on its way in: the value, and for references the name the Chinese sentence shows. */
interface ParamInput {
  value: AuditValue;
  zh: string;
}

/** Parameter constructors: `param.ref(school.id, school.name)`, `param.enum('EvaluationKind', kind)`, … */
export const param = {
  text: (text: string | null | undefined): ParamInput => ({ value: { kind: 'TEXT', text: text ?? '' }, zh: text ?? '' }),
  number: (value: number): ParamInput => ({ value: { kind: 'NUMBER', text: String(value) }, zh: String(value) }),
  /** Money from fen, as decimal yuan (`12.50`). */
  yuan: (fen: number): ParamInput => ({ value: { kind: 'NUMBER', text: (fen / 100).toFixed(2) }, zh: (fen / 100).toFixed(2) }),
  date: (date: string): ParamInput => ({ value: { kind: 'DATE', text: date }, zh: date }),
  time: (time: string): ParamInput => ({ value: { kind: 'TIME', text: time }, zh: time }),
  /** An enum value by its schema type (`Semester` stands for a term's 1 or 2, which the schema keeps as Int). */
  enum: (enumType: string, value: string | number): ParamInput => ({
    value: { kind: 'ENUM', enumType, text: String(value) },
    zh: enumType === 'Semester' ? `第${value}学期` : zhOf(String(value)),
  }),
  /** A record by id; `name` only goes into the Chinese sentence (clients resolve the name with their own rights). */
  ref: (id: string, name?: string): ParamInput => ({ value: { kind: 'REFERENCE', refId: id, refType: typeOfId(id) }, zh: name ?? '' }),
};

type ParamsOf<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamsOf<Rest> : never;
export type SummaryParams<K extends AuditSummaryKey> = Record<ParamsOf<(typeof auditSummaryTemplates)[K]>, ParamInput>;

/** A summary ready to store: key, typed parameters and the Chinese sentence. */
export interface AuditSummary {
  key: AuditSummaryKey;
  params: AuditParamRecord[];
  text: string;
}

/** `summary('school.created', { name: param.text(n), code: param.text(c) })`; the parameter names are checked against the template. */
export function summary<K extends AuditSummaryKey>(
  key: K,
  ...[params]: ParamsOf<(typeof auditSummaryTemplates)[K]> extends never ? [] : [SummaryParams<K>]
): AuditSummary {
  const given = (params ?? {}) as Record<string, ParamInput>;
  const text = auditSummaryTemplates[key]
    .replace(/\{(\w+)\}/g, (_match, name: string) => given[name]?.zh ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  return { key, text, params: Object.entries(given).map(([name, input]) => ({ name, ...input.value })) };
}

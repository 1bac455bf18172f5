/**
 * Chinese names of enum values, for the text the server writes itself (audit summaries, exit evidence, parent
 * notices). The console translates enum *fields* on its own; these are for sentences stored as data.
 */
export const zh: Record<string, string> = {
  // provider statuses
  APPLIED: '已申请',
  UNDER_REVIEW: '审核中',
  APPROVED: '已准入',
  REJECTED: '未通过',
  SUSPENDED: '已暂停',
  EXITING: '退出中',
  EXITED: '已退出',
  // contract statuses
  DRAFT: '草稿',
  SIGNED: '已签订',
  ACTIVE: '生效中',
  EXPIRED: '已到期',
  TERMINATED: '已终止',
  // evaluation kinds
  SPOT_CHECK: '随机抽查',
  PHASE_ASSESSMENT: '阶段性考核',
  SHOWCASE: '展示汇报',
  QUALITY_REVIEW: '定期质量评估',
  // weekdays
  MONDAY: '周一',
  TUESDAY: '周二',
  WEDNESDAY: '周三',
  THURSDAY: '周四',
  FRIDAY: '周五',
  SATURDAY: '周六',
  SUNDAY: '周日',
  // exit triggers and resolutions
  MANUAL: '人工发起',
  LOW_EVALUATION: '评价过低',
  LOW_SATISFACTION: '满意度过低',
  QUALIFICATION_EXPIRED: '资质过期',
  REASSIGNED: '已改派',
  CANCELLED: '已取消',
  UNRESOLVED: '待处理',
};

/** The Chinese name of an enum value, or the value itself when it has none. */
export const zhOf = (value: string | undefined | null) => (value ? (zh[value] ?? value) : '');

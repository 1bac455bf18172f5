/**
 * The public answering page (家长填写问卷) and the builder's preview of it. Not part of the console's
 * catalogue: the public page loads without react-admin. `%{name}` placeholders as everywhere else.
 */
export const publicSurveyZh = {
  loading: '正在加载问卷…',
  not_found_title: '没有找到这份问卷',
  not_found: '请核对链接是否完整，或联系孩子的学校获取新的链接。',
  not_open_title: '问卷尚未开放',
  not_open: '学校还没有发布这份问卷。请在学校通知的时间后再打开此链接。',
  load_failed: '问卷暂时无法打开，请检查网络后刷新页面。',
  retry: '重新加载',
  closed_title: '本问卷已结束',
  closed: '问卷已停止收集答卷，感谢您的关注和支持。',
  anonymous: '本问卷匿名填写，不收集姓名和联系方式；是否填写由您自愿决定。',
  required: '必答',
  optional: '选答',
  question_number: '第 %{number} 题',
  rating: {
    1: '非常不满意',
    2: '不满意',
    3: '一般',
    4: '满意',
    5: '非常满意',
  },
  multi_hint: '可多选',
  text_hint: '请勿填写姓名、电话等个人信息；文中的手机号、身份证号等号码会在保存前自动隐去（最多 %{max} 字）',
  school: '孩子就读的学校',
  school_placeholder: '请选择学校',
  grade: '孩子所在年级（选填）',
  grade_none: '不填写',
  grade_option: '%{grade} 年级',
  submit: '提交',
  submitting: '正在提交…',
  summary_title: '还有 %{count} 处需要填写',
  missing_answer: '请回答第 %{number} 题：%{text}',
  missing_school: '请选择孩子就读的学校',
  thanks_title: '提交成功',
  thanks: '感谢您的参与！您的意见将帮助学校改进课后服务。',
  replaced: '已更新：您之前提交的答卷已被这次的答案替换。',
  change: '修改我的答案',
  rate_limited: '同时提交的家长较多，请稍等一分钟后再点“提交”。您填写的内容仍然保留。',
  failed: '提交没有成功，请检查网络后再点“提交”。您填写的内容仍然保留。',
  rejected: '提交没有成功：提交的内容有误，请检查后再提交。',
  /** Refusals of a submission by the API's reason (`extensions.reason`); others read as `rejected`. */
  reasons: {
    REQUIRED_QUESTION: '提交没有成功：请回答第 %{number} 题。',
    NOT_AN_OPTION: '提交没有成功：“%{option}”不是该题的选项，请刷新页面后重新选择。',
    ONE_CHOICE: '提交没有成功：单选题只能选择一项。',
    TOO_LONG: '提交没有成功：文字意见最多 %{max} 字。',
    OTHER_SCHOOL: '提交没有成功：请重新选择孩子就读的学校。',
    UNKNOWN_RECORD: '提交没有成功：问卷已更新，请刷新页面后重新填写。',
  } as Record<string, string>,
  preview_notice: '预览：这是家长看到的页面。在这里点“提交”只检查必答题，不会发送答卷。',
  preview_ok: '预览：必答题均已填写，家长可以提交。',
};

export type PublicSurveyMessages = typeof publicSurveyZh;

/** Fills `%{name}` placeholders. */
export function fill(text: string, args: Record<string, string | number> = {}): string {
  return text.replace(/%\{(\w+)\}/g, (match, name: string) => (name in args ? String(args[name]) : match));
}

/**
 * The public answering page (家长填写问卷) and the builder's preview of it. Not part of the console's
 * catalogue: the public page loads without react-admin. `%{name}` placeholders as everywhere else.
 */
export const publicSurveyZh = {
  loading: '正在加载问卷…',
  not_found_title: '没有找到这份问卷',
  not_found: '请核对链接是否完整，或联系孩子的学校获取新的链接。',
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
  text_hint: '请勿填写姓名、电话等个人信息（最多 %{max} 字）',
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
  rejected: '提交没有成功：%{detail}',
  preview_notice: '预览：这是家长看到的页面。在这里点“提交”只检查必答题，不会发送答卷。',
  preview_ok: '预览：必答题均已填写，家长可以提交。',
};

export type PublicSurveyMessages = typeof publicSurveyZh;

/** Fills `%{name}` placeholders. */
export function fill(text: string, args: Record<string, string | number> = {}): string {
  return text.replace(/%\{(\w+)\}/g, (match, name: string) => (name in args ? String(args[name]) : match));
}

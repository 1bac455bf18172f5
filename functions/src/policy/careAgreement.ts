/**
 * The default care agreement (课后服务托管协议) a guardian agrees to when applying, as the seed plans word it:
 * voluntary, free to leave at any time, the school's duties and the family's. It passes the coercive-wording check.
 * A module of its own: the text is loaded when a policy without its own agreement is first read, not at a cold start.
 */
export const DEFAULT_CARE_AGREEMENT = [
  '一、本人自愿为孩子申请参加学校课后服务，可随时申请退出，退出无需说明理由。',
  '二、学校按公示的时间和内容组织看护、作业辅导和兴趣活动，安排教职工点名、看护和交接。',
  '三、本人按所选放学时段准时接孩子，如需请假或更改时段，及时通过家长端告知学校。',
  '四、孩子的个人信息仅用于课后服务管理，学校按规定保管，离校后按期删除。',
].join('\n');

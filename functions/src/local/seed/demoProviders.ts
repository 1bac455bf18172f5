import { addMonths, localDate } from '../../core/clock';

/** Qualifications valid from two years ago until well after the demo term. */
const licence = (number: string, certificateType = '营业执照', issuer = '区市场监督管理局') => ({
  certificateType,
  number,
  issuer,
  validFrom: addMonths(localDate(), -24),
  validTo: addMonths(localDate(), 36),
});

/** Demo outside providers (校外机构), one per admission status the admission workflow reaches. */
export const demoProviders = [
  {
    target: 'APPROVED',
    input: {
      name: '绿茵少儿足球俱乐部',
      creditCode: '91370100MA3C4F5G6H',
      kind: 'SOCIAL_PROFESSIONAL',
      contactName: '刘建华',
      contactPhone: '0531-88112233',
      address: '高新区体育中心东门',
      serviceCategories: ['SPORTS'],
      qualifications: [licence('370100200012345'), licence('TY-2024-0318', '体育类社会组织登记证书', '区体育局')],
      staff: [{ name: '刘建华', role: '足球教练', certificates: [{ certificateType: '国家二级足球教练员证', number: 'ZQ-2-1187' }] }],
    },
  },
  {
    target: 'APPROVED',
    input: {
      name: '墨香书法艺术工作室',
      creditCode: '92370102MA3D7K8L9M',
      kind: 'TRAINING_INSTITUTION',
      contactName: '陈墨',
      contactPhone: '13905310001',
      serviceCategories: ['ARTS'],
      qualifications: [licence('370102600045678'), licence('WH-2023-0456', '校外培训机构办学许可证（非学科类）', '区教育局')],
      staff: [{ name: '陈墨', role: '书法教师', certificates: [{ certificateType: '书法教师资格证', number: 'SF-0099' }] }],
    },
  },
  {
    target: 'APPROVED',
    input: {
      name: '区青少年活动中心',
      creditCode: '12370100495571234K',
      kind: 'YOUTH_CENTRE',
      contactName: '周敏',
      contactPhone: '0531-86001234',
      serviceCategories: ['ARTS', 'CLUB', 'SCIENCE'],
      qualifications: [licence('12370100495571234K', '事业单位法人证书', '区事业单位登记管理局')],
      staff: [{ name: '周敏', role: '合唱指导', certificates: [] }],
    },
  },
  {
    target: 'UNDER_REVIEW',
    input: {
      name: '星火科技创客中心',
      creditCode: '91370103MA3E1N2P3Q',
      kind: 'TRAINING_INSTITUTION',
      contactName: '孙科',
      contactPhone: '13805312222',
      serviceCategories: ['SCIENCE'],
      qualifications: [licence('370103200078901')],
      staff: [],
    },
  },
  {
    target: 'APPLIED',
    input: {
      name: '夕阳红退休教师服务队',
      creditCode: '51370100MJD123456X',
      kind: 'RETIRED_TEACHER',
      contactName: '郭老师',
      contactPhone: '13605313333',
      serviceCategories: ['READING', 'HOMEWORK'],
      qualifications: [licence('51370100MJD123456X', '社会团体法人登记证书', '区民政局')],
      staff: [{ name: '郭秀英', role: '退休语文教师', certificates: [{ certificateType: '教师资格证', number: 'JS-1985-021' }] }],
    },
  },
  {
    target: 'REJECTED',
    input: {
      name: '快乐英语培训学校',
      creditCode: '91370104MA3F4R5S6T',
      kind: 'TRAINING_INSTITUTION',
      contactName: '何丽',
      contactPhone: '13705314444',
      serviceCategories: ['CLUB'],
      qualifications: [licence('370104200011223')],
      staff: [],
    },
  },
  {
    target: 'SUSPENDED',
    input: {
      name: '阳光志愿者协会',
      creditCode: '51370100MJD654321Y',
      kind: 'VOLUNTEER',
      contactName: '马强',
      contactPhone: '13505315555',
      serviceCategories: ['LABOUR', 'READING'],
      qualifications: [licence('51370100MJD654321Y', '社会团体法人登记证书', '区民政局')],
      staff: [],
    },
  },
] as const;

/** The admission steps that lead to each target status. */
export const stepsTo: Record<string, ('SUBMIT' | 'APPROVE' | 'REJECT' | 'SUSPEND')[]> = {
  APPLIED: [],
  UNDER_REVIEW: ['SUBMIT'],
  APPROVED: ['SUBMIT', 'APPROVE'],
  REJECTED: ['SUBMIT', 'REJECT'],
  SUSPENDED: ['SUBMIT', 'APPROVE', 'SUSPEND'],
};

/**
 * The demo district's schools (Chinese demo data). Pickup slots follow seed part 一: grades 1–2 leave at 16:00,
 * 17:00 or 17:30; grades 3–6 at 17:00 or 17:30.
 */
const primaryPickup = [
  { grades: [1, 2], times: ['16:00', '17:00', '17:30'] },
  { grades: [3, 4, 5, 6], times: ['17:00', '17:30'] },
];

const leadership = (principal: string, deputy: string, members: string[]) => [
  { role: 'LEADER' as const, name: principal, title: '校长' },
  { role: 'DEPUTY' as const, name: deputy, title: '副校长' },
  ...members.map((name) => ({ role: 'MEMBER' as const, name, title: '教导主任' })),
];

export const demoSchools = [
  {
    name: '城关第一实验小学',
    code: 'CG-001',
    type: 'PRIMARY' as const,
    ownership: 'PUBLIC' as const,
    grades: [1, 2, 3, 4, 5, 6],
    address: '城关镇人民路 18 号',
    studentCount: 1260,
    principal: '王建国',
    leadershipGroup: leadership('王建国', '李秀兰', ['张伟', '刘芳']),
    pickupSlots: primaryPickup,
  },
  {
    name: '城关第二中学',
    code: 'CG-002',
    type: 'JUNIOR' as const,
    ownership: 'PUBLIC' as const,
    grades: [7, 8, 9],
    address: '城关镇文化街 6 号',
    studentCount: 980,
    principal: '陈志强',
    leadershipGroup: leadership('陈志强', '赵丽', ['孙磊']),
    pickupSlots: [{ grades: [7, 8, 9], times: ['17:30', '18:00'] }],
  },
  {
    name: '东湖九年一贯制学校',
    code: 'DH-003',
    type: 'NINE_YEAR' as const,
    ownership: 'PUBLIC' as const,
    grades: [1, 2, 3, 4, 5, 6, 7, 8, 9],
    address: '东湖街道湖滨路 99 号',
    studentCount: 1530,
    principal: '周海燕',
    leadershipGroup: leadership('周海燕', '吴军', ['郑敏', '冯静']),
    pickupSlots: [...primaryPickup, { grades: [7, 8, 9], times: ['17:30', '18:00'] }],
  },
  {
    name: '育才民办小学',
    code: 'YC-004',
    type: 'PRIMARY' as const,
    ownership: 'PRIVATE' as const,
    grades: [1, 2, 3, 4, 5, 6],
    address: '开发区育才路 3 号',
    studentCount: 640,
    principal: '黄丽华',
    leadershipGroup: leadership('黄丽华', '何平', ['林洁']),
    pickupSlots: primaryPickup,
  },
];

/**
 * 2026–2027 semester 1 as the school calendar (校历) has it: the Mid-Autumn Festival, National Day week and New Year's
 * Day are holidays; two weekend make-up days (调休补课) run a weekday's timetable.
 */
export const demoTerm = {
  schoolYear: '2026-2027',
  semester: 1,
  startDate: '2026-09-01',
  endDate: '2027-01-22',
  excludedDates: ['2026-09-25', '2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07', '2027-01-01'],
  makeUpDays: [
    { date: '2026-09-20', timetableWeekday: 'MONDAY' as const, note: '国庆调休' },
    { date: '2026-10-10', timetableWeekday: 'FRIDAY' as const, note: '国庆调休' },
  ],
};

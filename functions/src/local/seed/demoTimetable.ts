/** The weekly timetable rows of a demo school (before venue/staff names are made unique per school). */
export interface DemoRow {
  weekday: 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY';
  startTime: string;
  endTime: string;
  title: string;
  category: string;
  venue: string;
  segment: 'CLASS' | 'GRADE' | 'SCHOOL';
  staffName?: string;
  /** Credit code of the provider running it (its ACTIVE contract at the school is looked up). */
  provider?: string;
  grades: number[];
  capacity: number;
  enrolledCount: number;
}

const clubs: Record<DemoRow['weekday'], Pick<DemoRow, 'title' | 'category' | 'venue' | 'staffName'>> = {
  MONDAY: { title: '足球社团', category: 'SPORTS', venue: '操场', staffName: '体育组 马老师' },
  TUESDAY: { title: '书法社团', category: 'ARTS', venue: '书法教室', staffName: '美术组 林老师' },
  WEDNESDAY: { title: '科学探究', category: 'SCIENCE', venue: '科学实验室', staffName: '科学组 杨老师' },
  THURSDAY: { title: '合唱团', category: 'ARTS', venue: '音乐教室', staffName: '音乐组 吴老师' },
  FRIDAY: { title: '整本书阅读', category: 'READING', venue: '图书馆', staffName: '语文组 郑老师' },
};

/**
 * A "5+2" week under seed part 二: class service (homework help), grade service (clubs) and school service
 * (late care until 18:00). `deviations` lets one demo school break the rules so the compliance page has work.
 */
export function demoWeek(grades: number[], options: { providerClubs?: Partial<Record<DemoRow['weekday'], string>>; shortWednesday?: boolean; earlyFridayCare?: boolean } = {}): DemoRow[] {
  const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
  return weekdays.flatMap((weekday): DemoRow[] => {
    const club = clubs[weekday];
    const provider = options.providerClubs?.[weekday];
    const rows: DemoRow[] = [
      { weekday, startTime: '15:30', endTime: '16:30', title: '作业辅导', category: 'HOMEWORK', venue: `${grades[0]}年级教室`, segment: 'CLASS', staffName: '班主任 张老师', grades: [grades[0]], capacity: 45, enrolledCount: 38 },
      { weekday, startTime: '16:30', endTime: '17:30', ...club, segment: 'GRADE', grades, capacity: 40, enrolledCount: 32, ...(provider ? { provider, staffName: undefined } : {}) },
      { weekday, startTime: '17:30', endTime: options.earlyFridayCare && weekday === 'FRIDAY' ? '17:45' : '18:00', title: '延时托管', category: 'LATE_CARE', venue: '阶梯教室', segment: 'SCHOOL', staffName: '值班 刘老师', grades, capacity: 120, enrolledCount: 56 },
    ];
    if (options.shortWednesday && weekday === 'WEDNESDAY') return [rows[0], rows[2]];
    return rows;
  });
}

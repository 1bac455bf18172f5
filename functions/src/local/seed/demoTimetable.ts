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

export const demoClubs: Record<DemoRow['weekday'], Pick<DemoRow, 'title' | 'category' | 'venue' | 'staffName'>> = {
  MONDAY: { title: '足球社团', category: 'SPORTS', venue: '操场', staffName: '体育组 马老师' },
  TUESDAY: { title: '书法社团', category: 'ARTS', venue: '书法教室', staffName: '美术组 林老师' },
  WEDNESDAY: { title: '科学探究', category: 'SCIENCE', venue: '科学实验室', staffName: '科学组 杨老师' },
  THURSDAY: { title: '合唱团', category: 'ARTS', venue: '音乐教室', staffName: '音乐组 吴老师' },
  FRIDAY: { title: '整本书阅读', category: 'READING', venue: '图书馆', staffName: '语文组 郑老师' },
};

/**
 * A "5+2" week under seed part 二 for the given grades (all of a school's, so each is served until its last pickup
 * slot): class service (homework help), grade service (clubs) and school service (late care until 18:00). The options
 * let one demo school break the rules so the compliance pages have work.
 */
export function demoWeek(
  grades: number[],
  options: {
    providerClubs?: Partial<Record<DemoRow['weekday'], string>>;
    /** The club a provider runs on each of its days (by credit code); otherwise it takes the weekday's club. */
    clubOfProvider?: Record<string, Pick<DemoRow, 'title' | 'category' | 'venue'>>;
    shortWednesday?: boolean;
    earlyFridayCare?: boolean;
  } = {},
): DemoRow[] {
  const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
  return weekdays.flatMap((weekday): DemoRow[] => {
    const provider = options.providerClubs?.[weekday];
    const club = { ...demoClubs[weekday], ...(provider ? options.clubOfProvider?.[provider] : {}) };
    const rows: DemoRow[] = [
      {
        weekday,
        startTime: '15:30',
        endTime: '16:30',
        title: '作业辅导',
        category: 'HOMEWORK',
        venue: '各班教室',
        segment: 'CLASS',
        staffName: '各班班主任',
        grades,
        capacity: 45 * grades.length,
        enrolledCount: 38 * grades.length,
      },
      {
        weekday,
        startTime: '16:30',
        endTime: '17:30',
        ...club,
        segment: 'GRADE',
        grades,
        capacity: 40 * grades.length,
        enrolledCount: 32 * grades.length,
        ...(provider ? { provider, staffName: undefined } : {}),
      },
      {
        weekday,
        startTime: '17:30',
        endTime: options.earlyFridayCare && weekday === 'FRIDAY' ? '17:45' : '18:00',
        title: '延时托管',
        category: 'LATE_CARE',
        venue: '阶梯教室',
        segment: 'SCHOOL',
        staffName: '值班 刘老师',
        grades,
        capacity: 30 * grades.length,
        enrolledCount: 20 * grades.length,
      },
    ];
    if (options.shortWednesday && weekday === 'WEDNESDAY') return [rows[0], rows[2]];
    return rows;
  });
}

/**
 * What a disclosure (公示) shows, SPEC §3.8 and seed parts 二, 三, 五 ("收费标准等要全面公开", "定期公示托管经费"): the
 * service, its fees and the use of funds — counts and sums only. By construction it holds no child's name, class
 * list or phone: nothing below is taken from a student, guardian or class record, only counted from them.
 * Money is in fen (integers) here; the API shows yuan.
 */
export interface DisclosureContent {
  schoolName: string;
  schoolYear: string;
  semester: number;
  startDate: string;
  endDate: string;
  serviceDays: string[];
  serviceDayCount: number;
  /** Per service weekday: when service starts and ends (earliest start, latest end of its activities). */
  times: { weekday: string; startTime: string; endTime: string }[];
  /** The timetable: content, segment, time and who runs it (a provider's name; school staff are "本校教师"). */
  activities: { weekday: string; startTime: string; endTime: string; title: string; category: string; segment: string; venue: string; runBy: string }[];
  feeModel: string;
  monthlyFeeFen: number | null;
  dailyFeeFen: number | null;
  hardshipDiscountPercent: number;
  refundDeadlineDay: number;
  enrolledCount: number;
  billCount: number;
  /** Bills with the hardship discount (counted, never named). */
  discountsGranted: number;
  waivedCount: number;
  billedFen: number;
  discountFen: number;
  refundFen: number;
  stipendRateFen: number;
  /** Confirmed stipend sheets of the term's months, rows plus adjustments. */
  stipendPaidFen: number;
  stipendMonths: string[];
  providers: {
    name: string;
    contracts: { serviceContent: string; serviceMethod: string; ratePerHourFen: number; hours: number; totalAmountFen: number; status: string }[];
    heldAmountFen: number;
  }[];
  fundSchoolYear: string;
  fundAllocatedFen: number;
  /** Stipends confirmed plus provider sessions held at contract rates, in the term's months. */
  fundSpentFen: number;
}

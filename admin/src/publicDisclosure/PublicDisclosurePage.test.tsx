import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publicDisclosureEn } from '../i18n/en/publicDisclosure';
import { fakeEndpoint } from '../testing/fakeEndpoint';
import { PublicDisclosurePage } from './PublicDisclosurePage';
import { disclosureCodeOf } from './route';

const URL = 'https://api.test/public/graphql';

const disclosure = {
  accessCode: 'abcdefghijkl',
  publishedAt: '2026-11-30T02:00:00.000Z',
  content: {
    schoolName: '城关第一实验小学',
    schoolYear: '2026-2027',
    semester: 1,
    startDate: '2026-09-01',
    endDate: '2027-01-22',
    serviceDays: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
    serviceDayCount: 66,
    times: [{ weekday: 'MONDAY', startTime: '15:30', endTime: '17:30' }],
    activities: [
      {
        weekday: 'MONDAY',
        startTime: '16:30',
        endTime: '17:30',
        title: '足球',
        category: 'SPORTS',
        segment: 'SCHOOL',
        venue: '操场',
        runBy: '绿茵少儿足球俱乐部',
      },
      {
        weekday: 'MONDAY',
        startTime: '17:30',
        endTime: '18:00',
        title: '延时托管',
        category: 'LATE_CARE',
        segment: 'SCHOOL',
        venue: '阶梯教室',
        runBy: '本校教师',
      },
    ],
    feeModel: 'MONTHLY',
    monthlyFee: 80,
    dailyFee: null,
    hardshipDiscountPercent: 50,
    refundDeadlineDay: 10,
    enrolledCount: 412,
    billCount: 1200,
    discountsGranted: 61,
    waivedCount: 2,
    billedAmount: 93560,
    discountAmount: 2440,
    refundAmount: 160,
    stipendRate: 85,
    stipendPaid: 30600.5,
    stipendMonths: ['2026-09', '2026-10'],
    providers: [
      {
        name: '绿茵少儿足球俱乐部',
        heldAmount: 2160,
        contracts: [{ serviceContent: '足球社团', serviceMethod: '每周一下午校内训练', ratePerHour: 120, hours: 36, totalAmount: 4320, status: 'ACTIVE' }],
      },
    ],
    fundSchoolYear: '2026-2027',
    fundAllocated: 50000,
    fundSpent: 32760.5,
  },
};

describe('public disclosure page (公示)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads /p/<code> paths only', () => {
    expect(disclosureCodeOf('/p/abcdefghijkl')).toBe('abcdefghijkl');
    expect(disclosureCodeOf('/p/')).toBeNull();
    expect(disclosureCodeOf('/s/abc')).toBeNull();
  });

  it('shows the fee standard, counts, stipends, providers and funds, anonymously', async () => {
    const sent = fakeEndpoint({ PublicDisclosure: () => ({ data: { publicDisclosure: disclosure } }) });
    render(<PublicDisclosurePage accessCode="abcdefghijkl" graphqlUrl={URL} />);
    expect(await screen.findByRole('heading', { level: 1, name: '城关第一实验小学课后服务公示' })).toBeTruthy();
    expect(screen.getByText('每生每月 80.00 元')).toBeTruthy();
    expect(screen.getByText('家庭困难学生减免 50%')).toBeTruthy();
    expect(screen.getByText(/困难减免 61 人次共 2440.00 元/)).toBeTruthy();
    expect(screen.getByText('已确认发放 30600.50 元（2026-09、2026-10）')).toBeTruthy();
    expect(screen.getByText(/足球社团：每周一下午校内训练；120.00 元\/课时 × 36 课时/)).toBeTruthy();
    expect(screen.getByText('本学期已支出（课时补助与校外机构费用）32760.50 元')).toBeTruthy();
    expect([...sent]).toEqual([{ operationName: 'PublicDisclosure', variables: { accessCode: 'abcdefghijkl' }, authorization: null }]);
  });

  it('names who runs each activity in the page’s language: school staff in words, a provider by its name', async () => {
    fakeEndpoint({ PublicDisclosure: () => ({ data: { publicDisclosure: disclosure } }) });
    const { unmount } = render(<PublicDisclosurePage accessCode="abcdefghijkl" graphqlUrl={URL} />);
    expect(await screen.findByText('校级服务 · 体育 · 操场 · 负责：绿茵少儿足球俱乐部')).toBeTruthy();
    expect(screen.getByText('校级服务 · 延时托管 · 阶梯教室 · 负责：本校教师')).toBeTruthy();
    unmount();
    render(<PublicDisclosurePage accessCode="abcdefghijkl" graphqlUrl={URL} messages={publicDisclosureEn} />);
    expect(await screen.findByText('Whole school · Late care · 阶梯教室 · Run by: school staff')).toBeTruthy();
    expect(screen.getByText('Whole school · Sports · 操场 · Run by: 绿茵少儿足球俱乐部')).toBeTruthy();
    expect(screen.queryByText(/：|本校教师/)).toBeNull();
  });

  it('says so for an unknown code, in English too', async () => {
    fakeEndpoint({});
    render(<PublicDisclosurePage accessCode="nosuchcode" graphqlUrl={URL} messages={publicDisclosureEn} />);
    expect(await screen.findByRole('heading', { name: 'Disclosure not found' })).toBeTruthy();
  });
});

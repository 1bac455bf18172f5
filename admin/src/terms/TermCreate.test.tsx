import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { LocalLoginPage } from '../auth/LocalLoginPage';
import { aSignedInAuthProvider, anInMemoryDataProvider } from '../testing/fakeProviders';
import { slow } from '../testing/timeouts';

describe('new term form', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-11-30T02:00:00Z') });
  });
  afterEach(() => vi.useRealTimers());

  it('proposes the first semester from today’s on that the school lacks, and the dates follow the year', async () => {
    const dataProvider = anInMemoryDataProvider({
      schools: [{ id: 'sch_1', name: '实验小学' }],
      terms: [{ id: 'trm_1', schoolId: 'sch_1', schoolYear: '2026-2027', semester: 1, startDate: '2026-09-01', endDate: '2027-01-20', excludedDates: [] }],
    });
    window.location.hash = '#/terms/create';
    render(<App dataProvider={dataProvider} authProvider={aSignedInAuthProvider('SCHOOL_ADMIN')} loginPage={LocalLoginPage} />);
    const year = (await screen.findByLabelText(/学年/, undefined, slow)) as HTMLInputElement;
    // 2026-2027 is in progress and its autumn term exists: the spring semester of the same year.
    await waitFor(() => expect(year.value).toBe('2026-2027'), slow);
    await waitFor(() => expect((screen.getByLabelText(/第二学期/) as HTMLInputElement).checked).toBe(true));
    // The dates follow the proposed semester in the render after it is set.
    await waitFor(() => expect((screen.getByLabelText(/开始日期/) as HTMLInputElement).value).toBe('2027-02-20'));
    fireEvent.change(year, { target: { value: '2027-2028' } });
    await waitFor(() => expect((screen.getByLabelText(/开始日期/) as HTMLInputElement).value).toBe('2028-02-20'));
    expect((screen.getByLabelText(/结束日期/) as HTMLInputElement).value).toBe('2028-07-10');
    // Dates typed by hand stay.
    fireEvent.change(screen.getByLabelText(/开始日期/), { target: { value: '2028-02-25' } });
    fireEvent.click(screen.getByLabelText(/第一学期/));
    await waitFor(() => expect((screen.getByLabelText(/第一学期/) as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText(/开始日期/) as HTMLInputElement).value).toBe('2028-02-25');
  });
});

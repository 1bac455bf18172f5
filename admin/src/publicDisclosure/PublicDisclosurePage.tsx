import { createClient, KehouError, PublicDisclosureDocument, type PublicDisclosureQuery } from '@kehou/client';
import { useEffect, useState } from 'react';
import { fill } from '../i18n/zh-CN/publicSurvey';
import { publicDisclosureZh, type PublicDisclosureMessages } from '../i18n/zh-CN/publicDisclosure';
import './disclosure.css';

type Disclosure = PublicDisclosureQuery['publicDisclosure'];
type State = { step: 'loading' } | { step: 'missing' } | { step: 'unavailable' } | { step: 'shown'; disclosure: Disclosure };

export interface PublicDisclosurePageProps {
  accessCode: string;
  /** The anonymous endpoint (deployed: `publicGraphqlUrl`; locally the API's own). */
  graphqlUrl: string;
  messages?: PublicDisclosureMessages;
  fetchImpl?: typeof fetch;
}

const yuan = (value: number) => value.toFixed(2);

/** 课后服务公示: a school's published disclosure by its code, for anyone, printable, 360 px first. */
/** How a snapshot names an activity run by the school's own staff (`DisclosedActivity.runBy`), worded in the page's language. */
const SCHOOL_STAFF = '本校教师';

export function PublicDisclosurePage({ accessCode, graphqlUrl, messages: m = publicDisclosureZh, fetchImpl = fetch }: PublicDisclosurePageProps) {
  const [state, setState] = useState<State>({ step: 'loading' });
  useEffect(() => {
    let live = true;
    createClient({ url: graphqlUrl, fetch: fetchImpl })
      .request(PublicDisclosureDocument, { accessCode })
      .then((data) => live && setState({ step: 'shown', disclosure: data.publicDisclosure }))
      .catch(
        (error: unknown) =>
          live &&
          setState({ step: error instanceof KehouError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT') ? 'missing' : 'unavailable' }),
      );
    return () => {
      live = false;
    };
  }, [accessCode, graphqlUrl, fetchImpl]);

  if (state.step === 'loading')
    return (
      <main className="pd-page">
        <p>{m.loading}</p>
      </main>
    );
  if (state.step !== 'shown') {
    return (
      <main className="pd-page">
        <h1>{state.step === 'missing' ? m.not_found_title : m.load_failed}</h1>
        {state.step === 'missing' && <p>{m.not_found}</p>}
      </main>
    );
  }
  const { content: c, publishedAt } = state.disclosure;
  const days = c.serviceDays.map((day) => m.weekday[day] ?? day).join(m.list_separator);
  const fee =
    c.feeModel === 'FREE'
      ? m.fee_free
      : c.feeModel === 'MONTHLY'
        ? fill(m.fee_monthly, { fee: yuan(c.monthlyFee ?? 0) })
        : fill(m.fee_daily, { fee: yuan(c.dailyFee ?? 0) });
  return (
    <main className="pd-page">
      <header>
        <h1>{fill(m.title, { school: c.schoolName })}</h1>
        <p>{fill(m.term, { year: c.schoolYear, semester: c.semester, start: c.startDate, end: c.endDate })}</p>
        <p className="pd-muted">{fill(m.published, { at: new Date(publishedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) })}</p>
        <button type="button" className="pd-print" onClick={() => window.print()}>
          {m.print}
        </button>
      </header>
      <section>
        <h2>{m.service}</h2>
        <p>{fill(m.service_days, { days, count: c.serviceDayCount })}</p>
        <ul>
          {c.times.map((time) => (
            <li key={time.weekday}>{`${m.weekday[time.weekday] ?? time.weekday} ${time.startTime}–${time.endTime}`}</li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{m.activities}</h2>
        <ul className="pd-activities">
          {c.activities.map((a, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a published snapshot never changes order; two rows may share day and time.
            <li key={`${a.weekday}-${a.startTime}-${index}`}>
              <strong>{`${m.weekday[a.weekday] ?? a.weekday} ${a.startTime}–${a.endTime} ${a.title}`}</strong>
              <span>
                {[
                  m.segment[a.segment] ?? a.segment,
                  m.category[a.category] ?? a.category,
                  a.venue,
                  fill(m.run_by, { who: a.runBy === SCHOOL_STAFF ? m.school_staff : a.runBy }),
                ].join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{m.fees}</h2>
        <p>{fee}</p>
        {c.feeModel !== 'FREE' && <p>{fill(m.hardship, { percent: c.hardshipDiscountPercent })}</p>}
        {c.feeModel !== 'FREE' && <p>{fill(m.refund_rule, { day: c.refundDeadlineDay })}</p>}
      </section>
      <section>
        <h2>{m.enrolment}</h2>
        <p>{fill(m.enrolled, { count: c.enrolledCount })}</p>
        {c.feeModel !== 'FREE' && (
          <p>
            {fill(m.bills, {
              count: c.billCount,
              billed: yuan(c.billedAmount),
              discounts: c.discountsGranted,
              discount: yuan(c.discountAmount),
              waived: c.waivedCount,
              refund: yuan(c.refundAmount),
            })}
          </p>
        )}
      </section>
      <section>
        <h2>{m.stipends}</h2>
        <p>{fill(m.stipend_rate, { rate: yuan(c.stipendRate) })}</p>
        <p>{c.stipendMonths.length ? fill(m.stipend_paid, { paid: yuan(c.stipendPaid), months: c.stipendMonths.join(m.list_separator) }) : m.stipend_none}</p>
      </section>
      <section>
        <h2>{m.providers}</h2>
        {c.providers.length === 0 && <p>{m.providers_none}</p>}
        {c.providers.map((provider) => (
          <div key={provider.name} className="pd-provider">
            <h3>{provider.name}</h3>
            <ul>
              {provider.contracts.map((contract, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a published snapshot's contracts carry no id and never change order.
                <li key={index}>
                  {fill(m.contract, {
                    content: contract.serviceContent,
                    method: contract.serviceMethod,
                    rate: yuan(contract.ratePerHour),
                    hours: contract.hours,
                    total: yuan(contract.totalAmount),
                  })}
                </li>
              ))}
            </ul>
            <p>{fill(m.held, { amount: yuan(provider.heldAmount) })}</p>
          </div>
        ))}
      </section>
      <section>
        <h2>{m.funds}</h2>
        <p>{fill(m.fund_allocated, { year: c.fundSchoolYear, amount: yuan(c.fundAllocated) })}</p>
        <p>{fill(m.fund_spent, { amount: yuan(c.fundSpent) })}</p>
      </section>
    </main>
  );
}

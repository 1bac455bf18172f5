import type { HeldSession } from './sessionsHeld';
import { sumFen } from './fees';
import type { StipendRow, StipendSheetView } from './stipendEntity';

/**
 * Stipend arithmetic (课时补助, 篇二 "每课时85元…据实发放"), in integer fen: each person in charge is paid for the sessions
 * with a recorded roll call, by their length: `rate × minutes / 60`, rounded to the fen once per row. A session
 * without a roll call is not in `sessions` at all, so it pays nothing. Sessions of school staff are keyed by the staff
 * member; sessions run by someone who is not on the staff list (an outside person named on the activity, 篇二 "参照执行")
 * by that name; provider-run sessions belong to the provider statement instead.
 */
export function stipendRows(sessions: readonly HeldSession[], rateFen: number, nameOf: (session: HeldSession) => string): StipendRow[] {
  type Row = { -readonly [K in keyof StipendRow]: StipendRow[K] };
  const rows = new Map<string, Row>();
  for (const session of sessions) {
    if (session.providerId) continue;
    const name = nameOf(session);
    const key = session.staffId ? `staff:${session.staffId}` : `name:${name}`;
    const row: Row = rows.get(key) ?? { staffId: session.staffId, staffName: name, sessions: 0, minutes: 0, amountFen: 0 };
    row.sessions += 1;
    row.minutes += session.minutes;
    rows.set(key, row);
  }
  for (const row of rows.values()) row.amountFen = Math.round((rateFen * row.minutes) / 60);
  return [...rows.values()].sort((a, b) => a.staffName.localeCompare(b.staffName, 'zh-CN') || (a.staffId ?? '').localeCompare(b.staffId ?? ''));
}

/** One line of a provider statement: the provider's sessions under one contract, at the contract's rate. */
export interface StatementLine {
  contractId: string;
  schoolId: string;
  sessions: number;
  minutes: number;
  rateFen: number;
  amountFen: number;
}

/** Provider statement lines (据实 on the same basis) from held sessions and each activity's contract. */
export function statementLines(
  sessions: readonly HeldSession[],
  contractOf: (session: HeldSession) => { id: string; schoolId: string; rateFen: number } | undefined,
): StatementLine[] {
  const lines = new Map<string, StatementLine>();
  for (const session of sessions) {
    const contract = contractOf(session);
    if (!contract) continue;
    const line = lines.get(contract.id) ?? {
      contractId: contract.id,
      schoolId: contract.schoolId,
      sessions: 0,
      minutes: 0,
      rateFen: contract.rateFen,
      amountFen: 0,
    };
    line.sessions += 1;
    line.minutes += session.minutes;
    lines.set(contract.id, line);
  }
  for (const line of lines.values()) line.amountFen = Math.round((line.rateFen * line.minutes) / 60);
  return [...lines.values()];
}

/** The sum of a sheet: its rows plus its adjustment lines, in fen. */
export const sheetTotalFen = (sheet: Pick<StipendSheetView, 'rows' | 'adjustments'>) =>
  sumFen([...sheet.rows.map((row) => row.amountFen), ...sheet.adjustments.map((line) => line.amountFen)]);

/** The sum of a provider statement as its viewer sees it: lines plus adjustment lines, in fen. */
export const statementTotalFen = (statement: { lines: readonly { amountFen: number }[]; adjustments: readonly { amountFen: number }[] }) =>
  sumFen([...statement.lines.map((line) => line.amountFen), ...statement.adjustments.map((line) => line.amountFen)]);

/**
 * `npm run bench:compare -- <before.json> [after.json]` (after defaults to results/latest.json): the rows of two
 * benchmark result files side by side, each row's headline number (`metric`) and its change, flagging every change
 * of more than 20 % in the wrong direction. Exits 1 when something is flagged, so a script can stop on it.
 *
 * Rates move with whatever else runs on the machine (see each file's load average): read a flagged rate together
 * with the ratios measured beside it in the same run.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resultsDir } from './config';
import type { Metric, Row } from './report';

const THRESHOLD = 0.2;

interface ResultFile {
  date: string;
  machine?: { loadAverageAtStart?: number[]; cpus?: number };
  code?: { commit?: string };
  scale?: number;
  rows: Row[];
}

/** The row's metric, or one read from the `data` of files written before rows carried one. */
export function metricOf(row: Row): Metric | undefined {
  if (row.metric) return row.metric;
  const data = (row.data ?? {}) as Record<string, unknown>;
  const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
  if (num(data.perSecond) !== undefined) return { value: num(data.perSecond)!, unit: '/s', better: 'higher' };
  if (num(data.ratio) !== undefined) return { value: num(data.ratio)!, unit: '×', better: row.key.startsWith('gql.') ? 'higher' : 'lower' };
  if (num(data.median) !== undefined) return { value: num(data.median)!, unit: 'ms', better: 'lower' };
  if (num(data.gzip) !== undefined) return { value: num(data.gzip)!, unit: 'bytes', better: 'lower' };
  if (row.key === 'seed' && num(data.items) && num(data.seconds))
    return { value: (data.items as number) / (data.seconds as number), unit: '/s', better: 'higher' };
  if (row.key === 'run.duration') return { value: Number.parseFloat(row.result), unit: 's', better: 'lower' };
  return undefined;
}

export interface Comparison {
  key: string;
  label: string;
  before?: Metric;
  after?: Metric;
  /** Relative change, positive = better. */
  change?: number;
  regression: boolean;
  /** Whether each file has the row at all (it may have it without a comparable number). */
  inBefore: boolean;
  inAfter: boolean;
}

export function compare(before: Row[], after: Row[]): Comparison[] {
  const keys = [...new Set([...before.map((r) => r.key), ...after.map((r) => r.key)])];
  return keys.map((key) => {
    const a = before.find((r) => r.key === key);
    const b = after.find((r) => r.key === key);
    const [ma, mb] = [a && metricOf(a), b && metricOf(b)];
    const comparable = ma && mb && ma.unit === mb.unit && ma.better === mb.better && ma.value !== 0;
    const change = comparable ? ((mb.value - ma.value) / Math.abs(ma.value)) * (mb.better === 'higher' ? 1 : -1) : undefined;
    return {
      key,
      label: (b ?? a)!.label,
      before: ma,
      after: mb,
      change,
      regression: change !== undefined && change < -THRESHOLD,
      inBefore: Boolean(a),
      inAfter: Boolean(b),
    };
  });
}

const show = (m?: Metric) => (!m ? '—' : m.unit === 'bytes' ? `${(m.value / 1024).toFixed(0)} KB` : `${Number(m.value.toPrecision(3))} ${m.unit}`);

function main(args: string[]) {
  if (args.length < 1 || args.length > 2) {
    console.error('Usage: npm run bench:compare -- <before.json> [after.json]   (after defaults to functions/bench/results/latest.json)');
    process.exit(2);
  }
  const [beforePath, afterPath = join(resultsDir, 'latest.json')] = args;
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ResultFile;
  const [before, after] = [read(beforePath), read(afterPath)];
  const describe = (file: ResultFile, path: string) =>
    `${relative(process.cwd(), path)}: ${file.date.slice(0, 16)}, commit ${file.code?.commit ?? '?'}, load average at start ${file.machine?.loadAverageAtStart?.[0] ?? '?'} on ${file.machine?.cpus ?? '?'} cores${file.scale && file.scale !== 1 ? `, BENCH_SCALE=${file.scale}` : ''}`;
  console.log(`before  ${describe(before, beforePath)}\nafter   ${describe(after, afterPath)}\n`);
  const rows = compare(before.rows, after.rows);
  const width = Math.max(...rows.map((r) => r.label.length));
  for (const r of rows) {
    const change =
      r.change !== undefined
        ? `${r.change >= 0 ? '+' : ''}${(r.change * 100).toFixed(0)} %`
        : r.inBefore && r.inAfter
          ? 'not comparable'
          : r.inAfter
            ? 'new'
            : 'gone';
    console.log(`${r.regression ? '✗' : ' '} ${r.label.padEnd(width)}  ${show(r.before).padStart(9)} → ${show(r.after).padEnd(9)}  ${change}`);
  }
  const flagged = rows.filter((r) => r.regression);
  console.log(
    `\n${flagged.length === 0 ? 'No' : flagged.length} regression${flagged.length === 1 ? '' : 's'} of more than ${THRESHOLD * 100} % (change shown as better +, worse −).`,
  );
  const [la, lb] = [before.machine?.loadAverageAtStart?.[0], after.machine?.loadAverageAtStart?.[0]];
  if (la !== undefined && lb !== undefined && Math.abs(la - lb) > 1)
    console.log(`Machine load differed (${la} vs ${lb}): rates are not comparable across the two runs; ratios are.`);
  process.exit(flagged.length > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main(process.argv.slice(2));

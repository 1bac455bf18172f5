import { idPrefixes } from '../core/ids';

// Apart from adjustments.ts (which holds the input rules, and so zod): the resolvers use these on every sheet read, and
// they are in the cold-start bundle.

/**
 * The global id (`node(id:)`) of a correction line: its kind's prefix, the sheet's id without its prefix (it ends in
 * the month's six digits) and the line's own ten-character token — `sad_<school><YYYYMM><token>` for a stipend sheet,
 * `psa_<provider><YYYYMM><token>` for a provider statement. Derived, so lines stored before it existed have one too, and
 * reversible, so `node` finds the sheet (and its access rule) from the id alone.
 */
export function adjustmentNodeId(kind: AdjustmentKind, sheetId: string, lineId: string): string {
  return `${idPrefixes[kind]}_${sheetId.slice(sheetId.indexOf('_') + 1)}${lineId.slice(lineId.indexOf('_') + 1)}`;
}

export type AdjustmentKind = 'StipendAdjustment' | 'ProviderStatementAdjustment';

/** The sheet (or statement) id and the stored line id behind an adjustment's global id; undefined for anything else. */
export function parseAdjustmentNodeId(kind: AdjustmentKind, id: string): { sheetId: string; lineId: string } | undefined {
  const match = new RegExp(`^${idPrefixes[kind]}_([a-z0-9]+\\d{6})([a-z2-7]{10})$`).exec(id);
  if (!match) return undefined;
  const sheetPrefix = kind === 'StipendAdjustment' ? idPrefixes.StipendSheet : idPrefixes.ProviderStatement;
  return { sheetId: `${sheetPrefix}_${match[1]}`, lineId: `adj_${match[2]}` };
}

/** A sheet's or statement's lines as the API shows them: each with its global id. */
export const withNodeIds = <T extends { id: string }>(kind: AdjustmentKind, sheetId: string, lines: readonly T[]): T[] =>
  lines.map((line) => ({ ...line, id: adjustmentNodeId(kind, sheetId, line.id) }));

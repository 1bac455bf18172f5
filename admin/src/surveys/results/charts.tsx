import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';

export interface ShareDatum {
  label: string;
  current: number | null;
  previous?: number | null;
}

const CURRENT = '#1565c0';
const PREVIOUS = '#9e9e9e';
const percent = (value: unknown) => (typeof value === 'number' ? `${Math.round(value * 1000) / 10}%` : '');

/**
 * Shares (0–1) per option or rating, this term beside last term when there is one. Bars carry their
 * value as text; the table next to each chart has the same figures for screen readers.
 */
export function ShareBarChart({
  data,
  currentLabel,
  previousLabel,
  horizontal = false,
  title,
}: {
  data: ShareDatum[];
  currentLabel: string;
  previousLabel?: string;
  horizontal?: boolean;
  title: string;
}) {
  const withPrevious = !!previousLabel && data.some((d) => d.previous != null);
  const height = horizontal ? Math.max(160, data.length * (withPrevious ? 56 : 36) + 40) : 240;
  return (
    <BarChart
      responsive
      data={data}
      layout={horizontal ? 'vertical' : 'horizontal'}
      title={title}
      style={{ width: '100%', maxWidth: 640, height }}
      margin={{ top: 16, right: 48, bottom: 4, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      {horizontal ? (
        <>
          <XAxis type="number" domain={[0, 1]} tickFormatter={percent} />
          <YAxis type="category" dataKey="label" width={140} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" />
          <YAxis domain={[0, (dataMax: number) => Math.min(1, Math.ceil(dataMax * 10) / 10)]} tickCount={6} tickFormatter={percent} width={48} />
        </>
      )}
      <Tooltip formatter={percent} />
      {withPrevious && <Legend />}
      <Bar dataKey="current" name={currentLabel} fill={CURRENT} isAnimationActive={false}>
        <LabelList dataKey="current" position={horizontal ? 'right' : 'top'} formatter={percent} />
      </Bar>
      {withPrevious && (
        <Bar dataKey="previous" name={previousLabel} fill={PREVIOUS} isAnimationActive={false}>
          <LabelList dataKey="previous" position={horizontal ? 'right' : 'top'} formatter={percent} />
        </Bar>
      )}
    </BarChart>
  );
}

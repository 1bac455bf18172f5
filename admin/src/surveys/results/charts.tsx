import { useMediaQuery, type Theme } from '@mui/material';
import { useLocaleState } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { formatPercent } from '../../common/numbers';

export interface ShareDatum {
  label: string;
  current: number | null;
  previous?: number | null;
}

const CURRENT = '#1565c0';
const PREVIOUS = '#9e9e9e';
/** Axis ticks in whole percent; bar labels and tooltips with one decimal, as every other figure. */
const tick = (value: unknown) => (typeof value === 'number' ? `${Math.round(value * 100)}%` : '');

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
  const [locale] = useLocaleState();
  const compact = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const percent = (value: unknown) => (typeof value === 'number' ? formatPercent(value, locale) : '');
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
          <XAxis type="number" domain={[0, 1]} tickFormatter={tick} />
          <YAxis type="category" dataKey="label" width={compact ? 88 : 140} />
        </>
      ) : (
        <>
          <XAxis dataKey="label" />
          <YAxis domain={[0, (dataMax: number) => Math.min(1, Math.ceil(dataMax * 10) / 10)]} tickCount={6} tickFormatter={tick} width={48} />
        </>
      )}
      <Tooltip formatter={percent} />
      {withPrevious && <Legend />}
      <Bar dataKey="current" name={currentLabel} fill={CURRENT} isAnimationActive={false}>
        {/* On a phone the bars are too narrow for their labels: the table below the chart has the figures. */}
        {!compact && <LabelList dataKey="current" position={horizontal ? 'right' : 'top'} formatter={percent} />}
      </Bar>
      {withPrevious && (
        <Bar dataKey="previous" name={previousLabel} fill={PREVIOUS} isAnimationActive={false}>
          {!compact && <LabelList dataKey="previous" position={horizontal ? 'right' : 'top'} formatter={percent} />}
        </Bar>
      )}
    </BarChart>
  );
}

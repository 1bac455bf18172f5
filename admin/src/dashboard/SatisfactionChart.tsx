import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { DashboardData } from './useDashboard';

const percent = (value: unknown) => (typeof value === 'number' ? `${Math.round(value * 1000) / 10}%` : '');

/** Satisfaction per school as horizontal bars (recharts, loaded only with this widget). */
export default function SatisfactionChart({ rows, label, title }: { rows: DashboardData['satisfactionBySchool']; label: string; title: string }) {
  const data = rows.map((row) => ({ name: row.schoolName, rate: row.satisfactionRate ?? 0 }));
  return (
    <BarChart
      responsive
      layout="vertical"
      data={data}
      title={title}
      style={{ width: '100%', height: Math.max(120, data.length * 40 + 40) }}
      margin={{ top: 8, right: 56, bottom: 4, left: 8 }}
    >
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis type="number" domain={[0, 1]} tickFormatter={percent} />
      <YAxis type="category" dataKey="name" width={170} />
      <Tooltip formatter={percent} />
      <Bar dataKey="rate" name={label} fill="#2e7d32" isAnimationActive={false}>
        <LabelList dataKey="rate" position="right" formatter={percent} />
      </Bar>
    </BarChart>
  );
}

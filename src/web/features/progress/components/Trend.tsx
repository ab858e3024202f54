import { useTranslation } from 'react-i18next';
import { formatPercent } from '../format';
import type { GridIndicator } from '../types';
import { usePeriodLabel } from '../../../lib/use-period-label';

/** A small line of the achievement over the periods (described in words for screen readers). */
export function Trend({ indicator }: { indicator: GridIndicator }) {
  const periodName = usePeriodLabel();
  const { t, i18n } = useTranslation();
  const points = indicator.trend;
  const known = points.filter((p) => p.achievement !== null);
  if (known.length === 0) return null;
  const width = 96;
  const height = 24;
  const max = Math.max(100, ...known.map((p) => p.achievement ?? 0));
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const coords = points
    .map((p, i) =>
      p.achievement === null
        ? null
        : ([i * step, height - (p.achievement / max) * (height - 2) - 1] as const),
    )
    .filter((c): c is readonly [number, number] => c !== null);
  const path = coords.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const target = height - (100 / max) * (height - 2) - 1;
  const description = known
    .map((p) => `${periodName(p.label)}: ${formatPercent(p.achievement, i18n.language)}`)
    .join(', ');
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={t('progress.trend', { points: description })}
      data-testid="progress-trend"
    >
      <line
        x1={0}
        x2={width}
        y1={target}
        y2={target}
        stroke="var(--mantine-color-gray-4)"
        strokeDasharray="2 2"
      />
      <path d={path} fill="none" stroke="var(--mantine-color-blue-6)" strokeWidth={1.5} />
      {coords.map(([x, y], i) => (
        <circle key={i} cx={x} cy={y} r={1.8} fill="var(--mantine-color-blue-7)" />
      ))}
    </svg>
  );
}

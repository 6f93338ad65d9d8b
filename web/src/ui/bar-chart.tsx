import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { useEffect, useRef } from 'react';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface BarSeries {
  label: string;
  /** Amounts in euro cents, one per label. */
  values: number[];
  color: string;
}

/**
 * A bar chart of amounts in euro cents (Chart.js, loaded only on pages with a chart). The canvas is hidden
 * from screen readers: every chart on a page comes with a table of the same numbers.
 */
export default function BarChart(props: {
  labels: string[];
  series: BarSeries[];
  stacked?: boolean;
  money(cents: number): string;
  locale: string;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (!canvas.current) return;
    const config: ChartConfiguration<'bar', number[], string> = {
      type: 'bar',
      data: {
        labels: props.labels,
        datasets: props.series.map((series, index) => ({
          label: series.label,
          data: series.values.map((cents) => cents / 100),
          backgroundColor: series.color,
          borderColor: '#1f2328',
          borderWidth: index % 2 === 1 ? 2 : 0,
        })),
      },
      options: {
        locale: props.locale,
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: props.stacked },
          y: {
            stacked: props.stacked,
            ticks: { callback: (value) => props.money(Number(value) * 100) },
          },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: {
            callbacks: { label: (item) => `${item.dataset.label}: ${props.money(Number(item.raw) * 100)}` },
          },
        },
      },
    };
    const chart = new Chart(canvas.current, config);
    return () => chart.destroy();
  }, [props.labels, props.series, props.stacked, props.money, props.locale]);
  return (
    <div className="chart">
      <canvas ref={canvas} aria-hidden="true" />
    </div>
  );
}

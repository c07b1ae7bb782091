import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: ReadonlyArray<number | null>;
  color: string;
}

interface Props {
  title: string;
  days: readonly string[];
  series: readonly ChartSeries[];
  /** Axis label, e.g. "items" or "hours". */
  unit: string;
}

// One line per series over local dates. The same numbers sit in a table under the chart, for
// screen readers and for anyone who wants them exactly.
export function DayChart({ title, days, series, unit }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el || days.length === 0) return;
    // Days are dates, not instants: draw them at noon UTC and label in UTC so no zone shifts them.
    const xs = days.map((d) => Date.parse(`${d}T12:00:00Z`) / 1000);
    const plot = new uPlot(
      {
        width: Math.max(320, el.clientWidth || 640),
        height: 200,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        // Points too: a range with one active day would otherwise draw nothing.
        series: [{}, ...series.map((s) => ({ label: s.label, stroke: s.color, width: 2, spanGaps: true, points: { show: true, size: 5 } }))],
        axes: [{}, { label: unit }],
      },
      [xs, ...series.map((s) => [...s.values])] as uPlot.AlignedData,
      el,
    );
    return () => plot.destroy();
  }, [days, series, unit]);

  return (
    <figure className="chart">
      <figcaption>{title}</figcaption>
      <div ref={box} className="chart-canvas" />
      <details>
        <summary>Numbers</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Day</th>
              {series.map((s) => (
                <th scope="col" key={s.label}>{s.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day, i) => (
              <tr key={day}>
                <th scope="row">{day}</th>
                {series.map((s) => (
                  <td key={s.label}>{s.values[i] ?? '–'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

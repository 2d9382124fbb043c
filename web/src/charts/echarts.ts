import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { h } from '../dom.js';

// Only the parts the explorer draws, so the chunk stays a fraction of the full echarts build.
echarts.use([BarChart, LineChart, HeatmapChart, GridComponent, TooltipComponent, LegendComponent, VisualMapComponent, MarkLineComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

/**
 * A chart in a figure with a caption. The caption and echarts' generated aria description let a
 * screen reader follow; each page also lists the same numbers as text or a table.
 */
export function chartFigure(caption: string, option: ChartOption, height = 260): HTMLElement {
  const box = h('div', { class: 'chart', style: `height:${height}px`, role: 'img', 'aria-label': caption });
  const figure = h('figure', {}, box, h('figcaption', {}, caption));
  // Drawn once the figure is in the document and has a width.
  requestAnimationFrame(() => {
    const chart = echarts.init(box, undefined, { renderer: 'svg' });
    chart.setOption({ aria: { enabled: true }, animation: false, ...option });
    new ResizeObserver(() => chart.resize()).observe(box);
  });
  return figure;
}

/** Every month from the first to the last of `months` (YYYY-MM), so gaps show as gaps. */
export function monthRange(months: Iterable<string>): string[] {
  const sorted = [...new Set(months)].filter((m) => /^\d{4}-\d{2}$/u.test(m)).sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 600; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

import { api, ApiError, type Dossier } from '../api.js';
import { dateRangeForm, describeRange, rangeFromHash } from '../date-filter.js';
import { chartFigure, monthRange } from '../charts/echarts.js';
import { empty, h, link, route, section } from '../dom.js';
import { CATEGORIES, categoryColour, levelLabel } from '../plover.js';
import type { Page } from '../router.js';
import { eventList, quoteList, table } from '../views.js';

/** The numbers behind a chart, folded away, for screen readers and for copying. */
const asData = (caption: string, headers: string[], rows: string[][]): HTMLElement =>
  h('details', { class: 'data' }, h('summary', {}, 'Data'), table(caption, headers, rows));

const fmt = (n: number | null, digits = 1): string => (n === null ? '–' : n.toFixed(digits));

function timelineChart(d: Dossier): HTMLElement {
  const rows = d.merged.timeline.length ? d.merged.timeline : d.reports.timeline;
  const months = monthRange(rows.map((r) => r.month));
  const used = CATEGORIES.filter((c) => rows.some((r) => r.category === c));
  const series = used.map((c) => ({
    name: c, type: 'bar', stack: 'events', itemStyle: { color: categoryColour(c) },
    data: months.map((m) => rows.find((r) => r.month === m && r.category === c)?.events ?? 0),
  }));
  return chartFigure('Events per month by PLOVER category', {
    tooltip: { trigger: 'axis' }, legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: months }, yAxis: { type: 'value', minInterval: 1 }, series,
  });
}

function temperatureChart(d: Dossier): HTMLElement {
  const byMonth = d.merged.temperature.byMonth;
  const months = monthRange(byMonth.map((r) => r.month));
  return chartFigure('Relations temperature: mean PLOVER weight of the month\'s events (−10 conflict … +10 cooperation)', {
    tooltip: { trigger: 'axis' },
    grid: { left: 40, right: 16, top: 16, bottom: 28 },
    xAxis: { type: 'category', data: months },
    yAxis: { type: 'value', min: -10, max: 10 },
    series: [{
      type: 'line', connectNulls: true, symbolSize: 8, lineStyle: { color: '#3a6ea5' }, itemStyle: { color: '#3a6ea5' },
      data: months.map((m) => byMonth.find((r) => r.month === m)?.mean ?? null),
      markLine: { silent: true, symbol: 'none', data: [{ yAxis: 0 }], lineStyle: { color: '#999', type: 'dashed' } },
    }],
  }, 220);
}

function topicsChart(d: Dossier): HTMLElement | null {
  const rows = d.merged.topics.length
    ? d.merged.topics.map((t) => ({ month: t.month, topic: t.topic, n: t.events }))
    : d.topics.map((t) => ({ month: t.month, topic: t.topic, n: t.documents }));
  if (!rows.length) return null;
  const months = monthRange(rows.map((r) => r.month));
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.topic, (totals.get(r.topic) ?? 0) + r.n);
  const topics = [...totals.keys()].sort((a, b) => (totals.get(a) ?? 0) - (totals.get(b) ?? 0) || b.localeCompare(a)).slice(-12);
  const data = rows.filter((r) => topics.includes(r.topic)).map((r) => [months.indexOf(r.month), topics.indexOf(r.topic), r.n]);
  const max = Math.max(1, ...rows.map((r) => r.n));
  return chartFigure('Topics discussed per month', {
    tooltip: {},
    grid: { left: 150, right: 16, top: 8, bottom: 64 },
    xAxis: { type: 'category', data: months }, yAxis: { type: 'category', data: topics },
    visualMap: { min: 0, max, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, inRange: { color: ['#eef3f8', '#3a6ea5'] } },
    series: [{ type: 'heatmap', data, label: { show: true } }],
  }, Math.max(180, topics.length * 28 + 80));
}

/** The five levels analysts ask about always show, with 0 when none was seen; other levels follow. */
const MAIN_LEVELS = ['head_of_state', 'head_of_government', 'parliament', 'minister', 'ambassador'];

function levelsSection(d: Dossier): HTMLElement {
  const seen = new Map(d.merged.levels.map((l) => [l.level, l]));
  const levels = [
    ...MAIN_LEVELS.map((level) => seen.get(level) ?? { level, events: 0, byMonth: {} }),
    ...d.merged.levels.filter((l) => !MAIN_LEVELS.includes(l.level) && l.events > 0),
  ];
  return section('Levels of contact',
    table('Events per level of contact', ['Level', 'Events', 'Months'],
      levels.map((l) => [levelLabel(l.level), String(l.events),
        Object.entries(l.byMonth).sort().map(([m, n]) => `${m} (${n})`).join(', ')])));
}

/** The country-pair dossier (#/dyad/KAZ/MYS): how two countries' relations went over time. */
export const dyadPage: Page = async (main, [a = '', b = '']) => {
  const range = rangeFromHash();
  const d = await api.dyad(a.toUpperCase(), b.toUpperCase(), range);
  if (!d) throw new ApiError(404, 'NOT_FOUND', `no dossier for ${a}–${b}`);
  const [na, nb] = [d.names[0] ?? d.pair[0], d.names[1] ?? d.pair[1]];
  const t = d.merged.temperature;
  const trend = t.trendPerMonth === null ? '' : t.trendPerMonth > 0.05 ? 'warming' : t.trendPerMonth < -0.05 ? 'cooling' : 'steady';

  main.append(
    h('p', { class: 'crumbs' }, link('#/dyads', 'Country pairs'), ' / ', `${d.pair[0]}–${d.pair[1]}`),
    h('h1', {}, link(route('country', d.pair[0]), na), ' – ', link(route('country', d.pair[1]), nb)),
    dateRangeForm(range),
    h('p', { class: 'muted', 'data-testid': 'range' }, `Events ${describeRange(range)}.`),
    h('dl', { class: 'facts' },
      h('div', {}, h('dt', {}, 'Events'), h('dd', { 'data-testid': 'event-count' }, String(d.merged.events))),
      h('div', {}, h('dt', {}, 'Reports'), h('dd', {}, String(d.reports.events))),
      h('div', {}, h('dt', {}, 'Temperature'), h('dd', { title: 'Mean PLOVER weight of the events, from −10 (conflict) to +10 (cooperation)' }, fmt(t.mean), trend ? h('span', { class: 'muted' }, ` ${trend}`) : '')),
      h('div', {}, h('dt', {}, 'Key quotes'), h('dd', {}, String(d.quotes.length)))),
  );
  if (!d.reports.events) {
    main.append(empty(range.from || range.to ? 'No event between these two countries in this date range.' : 'No event between these two countries is stored.'));
    return;
  }
  const topics = topicsChart(d);
  main.append(
    h('div', { class: 'grid2' },
      section('Timeline', timelineChart(d), asData('Events per month and category', ['Month', 'Category', 'Events'],
        (d.merged.timeline.length ? d.merged.timeline : d.reports.timeline).map((r) => [r.month, r.category, String(r.events)]))),
      section('Temperature', temperatureChart(d), asData('Mean PLOVER weight per month', ['Month', 'Mean weight', 'Events'],
        t.byMonth.map((r) => [r.month, fmt(r.mean), String(r.events)])))),
    h('div', { class: 'grid2' },
      levelsSection(d),
      section('Topics over time', topics ?? empty('No topic was found in these articles.'))),
    h('div', { class: 'grid2' },
      section('Key quotes', d.quotes.length ? quoteList(d.quotes) : empty('No quotation by either side’s officials.')),
      section('Recent events', eventList(d.recentEvents),
        d.reports.events > d.recentEvents.length ? h('p', { class: 'muted' }, `${d.recentEvents.length} of ${d.reports.events} reports shown.`) : null)),
  );
};

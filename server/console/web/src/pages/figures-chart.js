// SPDX-License-Identifier: GPL-3.0-or-later
// The figures page's charts (Chart.js 4, only the parts used, registered once). A chart is a
// picture of the table beside it: the canvas has an accessible name and says where its numbers
// are, the second series is striped as well as coloured, and nothing animates (a cheap office PC
// and a screen reader both gain nothing from it).
import {
  Chart, BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip,
} from 'chart.js';
import { h } from '../ui/dom.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement,
  CategoryScale, LinearScale, Legend, Tooltip);
// Axis and legend words as dark as the page's text (Chart.js's grey is faint on a cheap screen).
Chart.defaults.color = '#2b2f36';

// Blue and a dark orange: apart for the common colour blindnesses and dark enough on white.
const colours = ['#1d4f91', '#b35900', '#2e7d32'];

const stripes = new Map();
/** Diagonal stripes in the series' colour, so a second series differs by more than its hue. */
function stripedFill(colour) {
  if (!stripes.has(colour)) {
    const tile = document.createElement('canvas');
    tile.width = 8;
    tile.height = 8;
    const g = tile.getContext('2d');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, 8, 8);
    g.strokeStyle = colour;
    g.lineWidth = 3;
    g.beginPath();
    g.moveTo(-2, 10); g.lineTo(10, -2);
    g.moveTo(-2, 2); g.lineTo(2, -2);
    g.moveTo(6, 10); g.lineTo(10, 6);
    g.stroke();
    stripes.set(colour, g.createPattern(tile, 'repeat'));
  }
  return stripes.get(colour) || colour;
}

/**
 * A chart in a <figure>: {title, description, labels, series: [{label, data, type?: 'bar'|'line'}],
 * horizontal?, numberFormat(n)}. Returns {element, chart}; call chart.destroy() when leaving.
 */
export function figureChart({ id, title, description, labels, series, horizontal = false, numberFormat }) {
  const descriptionId = `${id}-desc`;
  const canvas = h('canvas', { id, role: 'img', 'aria-label': title, 'aria-describedby': descriptionId },
    description);
  // A horizontal chart grows with its rows (classes, since the CSP allows no inline style).
  const size = !horizontal ? 'figures-chart-box-wide' : labels.length <= 4 ? 'figures-chart-box-few'
    : labels.length <= 10 ? 'figures-chart-box-some' : 'figures-chart-box-many';
  const box = h('div', { class: `figures-chart-box ${size}` }, canvas);
  const element = h('figure', { class: 'figures-chart' },
    box,
    h('figcaption', {}, h('span', { class: 'figures-chart-title' }, title),
      h('span', { class: 'figures-chart-desc', id: descriptionId }, description)));

  const datasets = series.map((s, i) => {
    const colour = colours[i % colours.length];
    if (s.type === 'line') {
      return {
        type: 'line', label: s.label, data: s.data, borderColor: colour, backgroundColor: colour,
        borderWidth: 3, borderDash: [6, 4], pointStyle: 'rectRot', pointRadius: 5, tension: 0,
        order: 0,
      };
    }
    return {
      type: 'bar', label: s.label, data: s.data, borderColor: colour, borderWidth: 2,
      backgroundColor: i === 0 ? colour : stripedFill(colour), order: 1,
    };
  });

  const format = numberFormat || ((n) => String(n));
  const chart = new Chart(canvas, {
    data: { labels, datasets },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      plugins: {
        legend: { position: 'bottom', labels: { font: { size: 15 }, sort: (a, b) => a.datasetIndex - b.datasetIndex } },
        tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(c.parsed[horizontal ? 'x' : 'y'])}` } },
      },
      scales: {
        [horizontal ? 'x' : 'y']: { beginAtZero: true, ticks: { precision: 0, font: { size: 14 }, callback: (v) => format(v) } },
        [horizontal ? 'y' : 'x']: { ticks: { font: { size: 14 }, autoSkip: !horizontal } },
      },
    },
  });
  return { element, chart };
}

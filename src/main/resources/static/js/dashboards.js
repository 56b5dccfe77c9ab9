// Dashboards: fetch the page's JSON figures with the filter form's values and draw them with ECharts.
// Text from the server (query names) goes into ECharts as data, never as HTML.
(function () {
  'use strict';

  const main = document.querySelector('[data-dashboard-data]');
  if (!main || typeof echarts === 'undefined') {
    return;
  }

  function dataUrl() {
    const form = document.querySelector('[data-dashboard-filters]');
    const params = new URLSearchParams(new FormData(form));
    return main.dataset.dashboardData + '?' + params.toString();
  }

  function labels(buckets) {
    const hourly = buckets.length > 1 && (Date.parse(buckets[1]) - Date.parse(buckets[0])) < 86400000;
    return buckets.map(b => hourly ? b.substring(5, 16).replace('T', ' ') : b.substring(0, 10));
  }

  function timeChart(el, buckets, series, type, extra) {
    const chart = echarts.init(el);
    chart.setOption(Object.assign({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 24, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: labels(buckets) },
      yAxis: { type: 'value' },
      series: series.map(s => ({ name: s.name, type: type, stack: type === 'bar' ? 'total' : undefined, data: s.data, connectNulls: true }))
    }, extra || {}));
    return chart;
  }

  function pieChart(el, slices) {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0 },
      series: [{ name: 'Intent', type: 'pie', radius: ['35%', '65%'], top: 24, data: slices.map(s => ({ name: s.name, value: s.value })) }]
    });
    return chart;
  }

  function barChart(el, slices, name) {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { top: 0 },
      grid: { left: 48, right: 24, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: slices.map(s => s.name) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: name, type: 'bar', data: slices.map(s => s.value) }]
    });
    return chart;
  }

  function duration(seconds) {
    if (seconds === null || seconds === undefined) {
      return '–';
    }
    if (seconds < 60) {
      return seconds + ' s';
    }
    if (seconds < 3600) {
      return Math.round(seconds / 60) + ' min';
    }
    return (seconds / 3600).toFixed(1) + ' h';
  }

  const draw = {
    volumeByChannel: (el, d) => timeChart(el, d.buckets, d.volumeByChannel, 'bar'),
    volumeByQuery: (el, d) => timeChart(el, d.buckets, d.volumeByQuery, 'line'),
    sentiment: (el, d) => timeChart(el, d.buckets, d.sentiment, 'line', { yAxis: { type: 'value', min: -1, max: 1 } }),
    intentMix: (el, d) => pieChart(el, d.intentMix),
    firstResponseDistribution: (el, d) => barChart(el, d.firstResponseDistribution, 'Cases answered'),
    backlog: (el, d) => timeChart(el, d.buckets, d.backlog, 'line')
  };

  function render(data) {
    const total = document.querySelector('[data-total]');
    if (total) {
      total.textContent = data.mentions !== undefined ? data.mentions + ' mentions in range.' : data.responses + ' cases answered in range.';
    }
    const figures = document.querySelector('[data-first-response]');
    if (figures) {
      figures.textContent = 'Median ' + duration(data.medianFirstResponseSeconds) + ' · p90 ' + duration(data.p90FirstResponseSeconds);
    }
    document.querySelectorAll('[data-chart]').forEach(el => {
      const existing = echarts.getInstanceByDom(el);
      if (existing) {
        existing.dispose();
      }
      draw[el.dataset.chart](el, data);
    });
    main.dataset.drawn = 'true';
  }

  function showError(message) {
    const box = document.querySelector('[data-dashboard-error]');
    box.textContent = message;
    box.hidden = false;
  }

  fetch(dataUrl(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(response => response.ok ? response.json() : response.json().then(p => Promise.reject(new Error(p.detail || 'The figures could not be loaded.'))))
    .then(render)
    .catch(e => showError(e.message));

  window.addEventListener('resize', () => document.querySelectorAll('[data-chart]').forEach(el => {
    const chart = echarts.getInstanceByDom(el);
    if (chart) {
      chart.resize();
    }
  }));
})();

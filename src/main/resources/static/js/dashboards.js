// Dashboards: fetch the page's JSON figures with the filter form's values and draw them with ECharts.
// Text from the server (query names, terms, author names) goes into ECharts as data or into the page through
// textContent, never as HTML. Clicking a figure opens the mentions or cases behind it.
(function () {
  'use strict';

  const main = document.querySelector('[data-dashboard-data]');
  if (!main || typeof echarts === 'undefined') {
    return;
  }

  function filterParams() {
    const form = document.querySelector('[data-dashboard-filters]');
    const params = new URLSearchParams();
    new FormData(form).forEach((value, key) => {
      if (value !== '') {
        params.set(key, value);
      }
    });
    return params;
  }

  function dataUrl() {
    return main.dataset.dashboardData + '?' + filterParams().toString();
  }

  // The mentions or cases behind a figure: the page's filters, narrowed to the bucket and the figure's own keys.
  function drillUrl(extra, bucketIndex, data) {
    const params = filterParams();
    if (bucketIndex !== undefined && data) {
      params.set('since', data.buckets[bucketIndex]);
      if (bucketIndex + 1 < data.buckets.length) {
        params.set('until', data.buckets[bucketIndex + 1]);
      } else {
        params.delete('until');
      }
    }
    Object.keys(extra || {}).forEach(k => params.set(k, extra[k]));
    return (extra && extra.base ? extra.base : main.dataset.drill) + '?' + params.toString();
  }

  function go(url) {
    window.location.assign(url.replace(/[?&]base=[^&]*/, ''));
  }

  function base(extra) {
    return Object.assign({ animation: false, tooltip: { trigger: 'axis', renderMode: 'richText' } }, extra);
  }

  function timeChart(el, data, series, type, extra, onClick) {
    const chart = echarts.init(el);
    chart.setOption(Object.assign(base({
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 24, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: data.labels },
      yAxis: { type: 'value' },
      series: series.map(s => ({ name: s.name, type: type, stack: type === 'bar' ? 'total' : undefined, data: s.data, connectNulls: true }))
    }), extra || {}));
    if (onClick) {
      chart.on('click', p => go(onClick(p)));
    }
    return chart;
  }

  function pieChart(el, slices, name, onClick) {
    const chart = echarts.init(el);
    chart.setOption(base({
      tooltip: { trigger: 'item', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0 },
      series: [{ name: name, type: 'pie', radius: ['35%', '65%'], top: 24, data: slices.map(s => ({ name: s.name, value: s.value })) }]
    }));
    if (onClick) {
      chart.on('click', p => go(onClick(p)));
    }
    return chart;
  }

  function barChart(el, names, values, name, onClick, horizontal) {
    const chart = echarts.init(el);
    const category = { type: 'category', data: names, inverse: !!horizontal };
    const value = { type: 'value', minInterval: 1 };
    chart.setOption(base({
      legend: { top: 0 },
      grid: { left: horizontal ? 120 : 48, right: 24, top: 36, bottom: 32 },
      xAxis: horizontal ? value : category,
      yAxis: horizontal ? category : value,
      series: [{ name: name, type: 'bar', data: values }]
    }));
    if (onClick) {
      chart.on('click', p => go(onClick(p)));
    }
    return chart;
  }

  function slaChart(el, outcomes, byTeam) {
    const groups = [...new Set(outcomes.map(o => o.group))];
    const ids = {};
    outcomes.forEach(o => { ids[o.group] = o.groupId; });
    const kinds = [['first_response', 'First response'], ['resolution', 'Resolution']];
    const series = [];
    kinds.forEach(([kind, label]) => {
      ['met', 'breached'].forEach(outcome => series.push({
        name: label + ' ' + outcome, type: 'bar', stack: kind,
        data: groups.map(g => { const o = outcomes.find(x => x.group === g && x.kind === kind); return o ? o[outcome] : 0; }),
        kind: kind, outcome: outcome
      }));
    });
    const chart = echarts.init(el);
    chart.setOption(base({
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 24, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: groups },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(s => ({ name: s.name, type: s.type, stack: s.stack, data: s.data }))
    }));
    chart.on('click', p => {
      const s = series[p.seriesIndex];
      const extra = { list: 'sla', kind: s.kind, outcome: s.outcome };
      extra[byTeam ? 'team' : 'priority'] = ids[p.name];
      go(drillUrl(extra));
    });
    return chart;
  }

  function heatmap(el, rows) {
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const cells = [];
    let max = 0;
    rows.forEach((row, d) => row.forEach((v, h) => { cells.push([h, d, v]); max = Math.max(max, v); }));
    const chart = echarts.init(el);
    chart.setOption(base({
      tooltip: { trigger: 'item', renderMode: 'richText' },
      grid: { left: 48, right: 24, top: 16, bottom: 64 },
      xAxis: { type: 'category', data: [...Array(24).keys()].map(h => String(h).padStart(2, '0')) },
      yAxis: { type: 'category', data: days, inverse: true },
      visualMap: { min: 0, max: Math.max(max, 1), orient: 'horizontal', left: 'center', bottom: 0, calculable: false },
      series: [{ name: 'Cases opened', type: 'heatmap', data: cells }]
    }));
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
    if (seconds < 172800) {
      return (seconds / 3600).toFixed(1) + ' h';
    }
    return (seconds / 86400).toFixed(1) + ' d';
  }

  function authorUrl(a) {
    return main.dataset.authors + '?' + new URLSearchParams({ channel: a.channel, handle: a.handle }).toString();
  }

  function authors(el, list, name) {
    const chart = barChart(el, list.map(a => a.label + ' (' + a.channel + ')'), list.map(a => name === 'Positive mentions' ? a.positive : a.negative),
      name, p => authorUrl(list[p.dataIndex]), true);
    const ul = document.querySelector('[data-authors-list="' + el.dataset.chart + '"]');
    ul.replaceChildren(...list.map(a => {
      const li = document.createElement('li');
      const link = document.createElement('a');
      link.href = authorUrl(a);
      link.textContent = a.label;
      li.append(link, document.createTextNode(' · ' + a.channel + ' · ' + a.positive + ' positive, ' + a.negative + ' negative of ' + a.mentions));
      return li;
    }));
    return chart;
  }

  const channelOf = p => ({ channel: p.seriesName });
  const draw = {
    volumeByChannel: (el, d) => timeChart(el, d, d.volumeByChannel, 'bar', null, p => drillUrl(channelOf(p), p.dataIndex, d)),
    volumeByQuery: (el, d) => timeChart(el, d, d.volumeByQuery, 'line', null, p => drillUrl({ queryName: p.seriesName }, p.dataIndex, d)),
    sentiment: (el, d) => timeChart(el, d, d.sentiment, 'line', { yAxis: { type: 'value', min: -1, max: 1 } },
      p => drillUrl(p.seriesIndex === 1 ? { polarity: 'negative' } : {}, p.dataIndex, d)),
    intentMix: (el, d) => pieChart(el, d.intentMix, 'Intent', p => drillUrl({ intent: p.name })),
    shareOfVoice: (el, d) => timeChart(el, d, d.shareOfVoice, 'line', { series: d.shareOfVoice.map(s => ({ name: s.name, type: 'line', stack: 'voice', areaStyle: {}, data: s.data })) },
      p => drillUrl({ side: p.seriesName === 'Competitors' ? 'competitor' : 'brand' }, p.dataIndex, d)),
    shareOfVoiceTotal: (el, d) => pieChart(el, d.shareOfVoiceTotal, 'Share of voice', p => drillUrl({ side: p.name === 'Competitors' ? 'competitor' : 'brand' })),
    topTerms: (el, d) => barChart(el, d.topTerms.map(s => s.name), d.topTerms.map(s => s.value), 'Mentions', p => drillUrl({ term: p.name }), true),
    topHashtags: (el, d) => barChart(el, d.topHashtags.map(s => '#' + s.name), d.topHashtags.map(s => s.value), 'Mentions', p => drillUrl({ term: p.name }), true),
    advocates: (el, d) => authors(el, d.advocates, 'Positive mentions'),
    detractors: (el, d) => authors(el, d.detractors, 'Negative mentions'),
    firstResponseDistribution: (el, d) => barChart(el, d.firstResponseDistribution.map(s => s.name), d.firstResponseDistribution.map(s => s.value),
      'Cases answered', p => drillUrl({ list: 'responded', band: p.dataIndex })),
    resolutionDistribution: (el, d) => barChart(el, d.resolutionDistribution.map(s => s.name), d.resolutionDistribution.map(s => s.value),
      'Cases resolved', p => drillUrl({ list: 'resolved', band: p.dataIndex })),
    slaByTeam: (el, d) => slaChart(el, d.slaByTeam, true),
    slaByPriority: (el, d) => slaChart(el, d.slaByPriority, false),
    backlog: (el, d) => timeChart(el, d, d.backlog, 'line', null, p => inboxUrl({ status: p.seriesName })),
    workloadByTeam: (el, d) => timeChart(el, d, d.workloadByTeam, 'line', null, p => drillUrl({ list: 'active', teamName: p.seriesName })),
    openByAgentNow: (el, d) => barChart(el, d.openByAgentNow.map(a => a.name), d.openByAgentNow.map(a => a.open), 'Open cases',
      p => drillUrl({ list: 'active', agent: d.openByAgentNow[p.dataIndex].agentId || 'none' }), true),
    openedByHour: (el, d) => barChart(el, [...Array(24).keys()].map(h => String(h).padStart(2, '0') + ':00'), d.openedByHour, 'Cases opened',
      p => drillUrl({ list: 'opened', hour: p.dataIndex })),
    openedByWeekdayAndHour: (el, d) => heatmap(el, d.openedByWeekdayAndHour)
  };

  function inboxUrl(extra) {
    const params = new URLSearchParams();
    const filters = filterParams();
    ['channel', 'team'].forEach(k => { if (filters.get(k)) { params.set(k, filters.get(k)); } });
    Object.keys(extra).forEach(k => params.set(k, extra[k]));
    return main.dataset.inbox + '?' + params.toString();
  }

  function exportLinks() {
    const query = filterParams().toString();
    document.querySelectorAll('[data-export-link]').forEach(a => { a.href = main.dataset.export + '.' + a.dataset.exportLink + '?' + query; });
    document.querySelectorAll('[data-chart]').forEach(el => {
      const heading = el.parentElement.querySelector('h2');
      if (heading && !heading.querySelector('.chart-export')) {
        const link = document.createElement('a');
        link.className = 'chart-export';
        link.textContent = 'CSV';
        link.href = main.dataset.export + '.csv?chart=' + el.dataset.chart + '&' + query;
        heading.append(' ', link);
      }
    });
  }

  function render(data) {
    const total = document.querySelector('[data-total]');
    if (total) {
      total.textContent = data.mentions !== undefined ? data.mentions + ' mentions in range.' : data.responses + ' cases answered, ' + data.resolutions + ' resolved in range.';
    }
    const first = document.querySelector('[data-first-response]');
    if (first) {
      first.textContent = 'Median ' + duration(data.medianFirstResponseSeconds) + ' · p90 ' + duration(data.p90FirstResponseSeconds);
    }
    const resolution = document.querySelector('[data-resolution]');
    if (resolution) {
      resolution.textContent = 'Median ' + duration(data.medianResolutionSeconds) + ' · p90 ' + duration(data.p90ResolutionSeconds);
    }
    const hourZone = document.querySelector('[data-hour-zone]');
    if (hourZone) {
      hourZone.textContent = '(' + data.hourZone + ')';
    }
    document.querySelectorAll('[data-chart]').forEach(el => {
      const existing = echarts.getInstanceByDom(el);
      if (existing) {
        existing.dispose();
      }
      draw[el.dataset.chart](el, data);
    });
    exportLinks();
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

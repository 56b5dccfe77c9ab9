// Customers dashboard: survey scores over time and the attrition list. Names and reasons come from customers
// and are put into the page as text, never as HTML.
(function () {
  'use strict';

  const main = document.querySelector('[data-dashboard-data]');
  if (!main || typeof echarts === 'undefined') {
    return;
  }

  function dataUrl() {
    const params = new URLSearchParams(new FormData(document.querySelector('[data-dashboard-filters]')));
    return main.dataset.dashboardData + '?' + params.toString();
  }

  function labels(buckets) {
    const hourly = buckets.length > 1 && (Date.parse(buckets[1]) - Date.parse(buckets[0])) < 86400000;
    return buckets.map(b => hourly ? b.substring(5, 16).replace('T', ' ') : b.substring(0, 10));
  }

  function timeChart(el, buckets, series, type, yAxis) {
    const chart = echarts.init(el);
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 48, right: 24, top: 36, bottom: 32 },
      xAxis: { type: 'category', data: labels(buckets) },
      yAxis: Object.assign({ type: 'value' }, yAxis || {}),
      series: series.map(s => ({ name: s.name, type: type, stack: type === 'bar' ? 'total' : undefined, data: s.data, connectNulls: true }))
    });
  }

  const draw = {
    satisfaction: (el, d) => timeChart(el, d.buckets, d.satisfaction, 'line', { min: 1, max: 7 }),
    netPromoter: (el, d) => timeChart(el, d.buckets, d.netPromoter, 'line', { min: -100, max: 100 }),
    responsesByQuestion: (el, d) => timeChart(el, d.buckets, d.responsesByQuestion, 'bar', { minInterval: 1 })
  };

  function scoreText(score, scale) {
    if (score.value === null) {
      return '–';
    }
    const share = score.highShare === null ? '' : ' · ' + Math.round(score.highShare * 100) + '% ' + scale;
    return score.value + share + ' (' + score.responses + ')';
  }

  function renderAttrition(signals) {
    const list = document.querySelector('[data-attrition]');
    list.replaceChildren();
    signals.forEach(s => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = s.link;
      link.textContent = s.name;
      const reasons = document.createElement('span');
      reasons.className = 'reasons';
      reasons.textContent = s.reasons.join(' · ');
      item.append(link, reasons);
      list.append(item);
    });
    document.querySelector('[data-attrition-empty]').hidden = signals.length > 0;
  }

  function render(data) {
    document.querySelector('[data-total]').textContent = data.responses + ' survey answers in range.';
    document.querySelector('[data-score="csat"]').textContent = scoreText(data.csat, 'satisfied');
    document.querySelector('[data-score="ces"]').textContent = scoreText(data.ces, 'easy');
    document.querySelector('[data-score="nps"]').textContent = scoreText(data.nps, 'promoters');
    document.querySelectorAll('[data-customer-chart]').forEach(el => {
      const existing = echarts.getInstanceByDom(el);
      if (existing) {
        existing.dispose();
      }
      draw[el.dataset.customerChart](el, data);
    });
    renderAttrition(data.attrition);
    main.dataset.drawn = 'true';
  }

  fetch(dataUrl(), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(response => response.ok ? response.json() : response.json().then(p => Promise.reject(new Error(p.detail || 'The figures could not be loaded.'))))
    .then(render)
    .catch(e => {
      const box = document.querySelector('[data-dashboard-error]');
      box.textContent = e.message;
      box.hidden = false;
    });

  window.addEventListener('resize', () => document.querySelectorAll('[data-customer-chart]').forEach(el => {
    const chart = echarts.getInstanceByDom(el);
    if (chart) {
      chart.resize();
    }
  }));
})();

// Problem trend charts (ECharts, vendored under /vendor/echarts). Data comes in data-* attributes;
// the pages run no inline script (CSP script-src 'self').
(function () {
  'use strict';

  function byType(el) {
    var weeks = JSON.parse(el.dataset.weeks || '[]');
    var series = JSON.parse(el.dataset.series || '[]').map(function (s) {
      return {name: s.name, type: 'bar', stack: 'reported', data: s.data, emphasis: {focus: 'series'}};
    });
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: {trigger: 'axis'}, legend: {top: 0},
      grid: {left: 40, right: 20, top: 50, bottom: 30},
      xAxis: {type: 'category', data: weeks}, yAxis: {type: 'value', minInterval: 1},
      series: series
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function flow(el) {
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: {trigger: 'axis'}, legend: {top: 0},
      grid: {left: 40, right: 20, top: 50, bottom: 30},
      xAxis: {type: 'category', data: JSON.parse(el.dataset.weeks || '[]')}, yAxis: {type: 'value', minInterval: 1},
      series: [
        {name: el.dataset.reportedLabel, type: 'line', data: JSON.parse(el.dataset.reported || '[]'), smooth: true},
        {name: el.dataset.resolvedLabel, type: 'line', data: JSON.parse(el.dataset.resolved || '[]'), smooth: true}
      ]
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function render() {
    document.querySelectorAll('[data-chart="problems-by-type"]').forEach(byType);
    document.querySelectorAll('[data-chart="problems-flow"]').forEach(flow);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
})();

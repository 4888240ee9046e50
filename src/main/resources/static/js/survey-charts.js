// Survey result charts (ECharts, vendored under /vendor/echarts). Data comes in data-* attributes;
// the pages run no inline script (CSP script-src 'self').
(function () {
  'use strict';

  function units(el) {
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: {trigger: 'axis'},
      grid: {left: 160, right: 20, top: 10, bottom: 30},
      xAxis: {type: 'value', min: 0, max: 100},
      yAxis: {type: 'category', data: JSON.parse(el.dataset.units || '[]'), inverse: true},
      series: [{type: 'bar', data: JSON.parse(el.dataset.scores || '[]')}]
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function history(el) {
    var chart = echarts.init(el);
    var runs = JSON.parse(el.dataset.runs || '[]');
    var weeks = JSON.parse(el.dataset.weeks || '[]');
    chart.setOption({
      tooltip: {trigger: 'axis'}, legend: {top: 0},
      grid: [{left: 40, right: '55%', top: 40, bottom: 30}, {left: '55%', right: 20, top: 40, bottom: 30}],
      xAxis: [{type: 'category', data: runs, gridIndex: 0}, {type: 'category', data: weeks, gridIndex: 1}],
      yAxis: [{type: 'value', min: 0, max: 100, gridIndex: 0}, {type: 'value', minInterval: 1, gridIndex: 1}],
      series: [
        {name: el.dataset.scoreLabel, type: 'line', data: JSON.parse(el.dataset.scores || '[]'), xAxisIndex: 0, yAxisIndex: 0},
        {name: el.dataset.countLabel, type: 'bar', data: JSON.parse(el.dataset.counts || '[]'), xAxisIndex: 1, yAxisIndex: 1}
      ]
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function render() {
    document.querySelectorAll('[data-chart="survey-units"]').forEach(units);
    document.querySelectorAll('[data-chart="survey-history"]').forEach(history);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
})();

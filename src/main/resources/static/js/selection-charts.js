// The sensitivity chart of a vendor selection (ECharts, vendored under /vendor/echarts): each vendor's weighted
// total as the price weight moves from 0 to 100 %, the current weight marked. Data in data-* attributes (CSP).
(function () {
  'use strict';

  function sensitivity(el) {
    var d = JSON.parse(el.dataset.values || '{}');
    var chart = echarts.init(el);
    var series = (d.series || []).map(function (s, i) {
      var line = {name: s.name, type: 'line', data: s.data, symbolSize: 7, lineStyle: {width: 3}};
      if (i === 0) {
        line.markLine = {symbol: 'none', data: [{xAxis: String(d.current)}], lineStyle: {type: 'dashed', color: '#78909c'},
          label: {formatter: d.current + ' %'}};
      }
      return line;
    });
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 50, right: 30, top: 40, bottom: 50},
      xAxis: {type: 'category', data: (d.x || []).map(String), name: el.dataset.xLabel, nameLocation: 'middle', nameGap: 30,
        boundaryGap: false},
      yAxis: {type: 'value', name: el.dataset.yLabel, min: 0, max: 10},
      series: series
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart=selection-sensitivity]').forEach(sensitivity);
  });
})();

// Charts of the measure module (ECharts, vendored under /vendor/echarts): a KPI's plan, actual, baseline
// and target; the adoption curve; a benefit's realisation curve. Data comes in data-* attributes (CSP: no inline script).
(function () {
  'use strict';

  var LEVEL_COLOURS = {ON_PLAN: '#2e7d32', SMALL: '#f0a020', LARGE: '#c62828'};

  function kpi(el) {
    var d = JSON.parse(el.dataset.values || '{}');
    var chart = echarts.init(el);
    var actual = (d.actual || []).map(function (v, i) {
      return v === null ? null : {value: v, itemStyle: {color: LEVEL_COLOURS[d.levels[i]] || '#1565c0'}};
    });
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 60, right: 90, top: 40, bottom: 40},
      xAxis: {type: 'category', data: d.periods, boundaryGap: false},
      yAxis: {type: 'value', name: d.unit, scale: true},
      series: [
        {name: el.dataset.planLabel, type: 'line', data: d.plan, symbol: 'none', lineStyle: {type: 'dashed'}, connectNulls: true},
        {name: el.dataset.actualLabel, type: 'line', data: actual, symbolSize: 9, lineStyle: {width: 3}, connectNulls: true,
          markLine: {symbol: 'none', data: [
            {name: el.dataset.baselineLabel, yAxis: d.baseline, label: {formatter: el.dataset.baselineLabel + ' {c}', position: 'end'},
              lineStyle: {type: 'dotted', color: '#78909c'}},
            {name: el.dataset.targetLabel, yAxis: d.target, label: {formatter: el.dataset.targetLabel + ' {c}', position: 'end'},
              lineStyle: {type: 'solid', color: '#6a1b9a'}}]}}
      ]
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function lines(el) {
    var d = JSON.parse(el.dataset.values || '{}');
    var chart = echarts.init(el);
    var series = (d.series || []).map(function (s) {
      return {name: s.name, type: 'line', data: s.data, symbol: s.data.length > 40 ? 'none' : 'circle', connectNulls: true,
        lineStyle: s.dashed ? {type: 'dashed'} : {width: 3}, areaStyle: s.area ? {opacity: 0.15} : undefined};
    });
    chart.setOption({
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 60, right: 30, top: 40, bottom: 40},
      xAxis: {type: 'category', data: d.x, boundaryGap: false},
      yAxis: {type: 'value', name: d.unit, min: d.min, max: d.max},
      series: series
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart=kpi]').forEach(kpi);
    document.querySelectorAll('[data-chart=lines]').forEach(lines);
  });
})();

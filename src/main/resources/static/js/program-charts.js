// Charts of the program views (ECharts, vendored under /vendor/echarts): the risk heat map and the
// burn-down. Data comes in data-* attributes or from a JSON URL; the pages run no inline script (CSP).
(function () {
  'use strict';

  var BANDS = [[20, '#f8c7c0'], [10, '#ffe0b2'], [5, '#fff8d6'], [0, '#e8f5e9']];

  function band(score) {
    for (var i = 0; i < BANDS.length; i++) {
      if (score >= BANDS[i][0]) { return BANDS[i][1]; }
    }
    return BANDS[BANDS.length - 1][1];
  }

  function heatMap(el) {
    var cells = JSON.parse(el.dataset.cells || '[]');
    var counts = {};
    cells.forEach(function (c) { counts[c[0] + ':' + c[1]] = c[2]; });
    var scale = (el.dataset.scale || '1,2,3,4,5').split(',');
    var labels = scale.map(function (s, i) { return (i + 1) + ' · ' + s; });
    var data = [];
    for (var p = 1; p <= 5; p++) {
      for (var i = 1; i <= 5; i++) {
        var n = counts[p + ':' + i] || 0;
        data.push({value: [i - 1, p - 1, n], itemStyle: {color: band(p * i), borderColor: '#fff', borderWidth: 2},
          label: {show: n > 0, formatter: String(n), fontWeight: 'bold', fontSize: 16}});
      }
    }
    var chart = echarts.init(el);
    chart.setOption({
      grid: {left: 110, right: 20, top: 20, bottom: 70},
      tooltip: {formatter: function (q) {
        return el.dataset.yLabel + ': ' + labels[q.value[1]] + '<br>' + el.dataset.xLabel + ': ' + labels[q.value[0]]
          + '<br>' + el.dataset.countLabel + ': ' + q.value[2];
      }},
      xAxis: {type: 'category', data: labels, name: el.dataset.xLabel, nameLocation: 'middle', nameGap: 45,
        axisLabel: {interval: 0, fontSize: 10}, splitArea: {show: false}},
      yAxis: {type: 'category', data: labels, name: el.dataset.yLabel, nameLocation: 'middle', nameGap: 95,
        axisLabel: {fontSize: 10}},
      series: [{type: 'heatmap', data: data}]
    });
    chart.on('click', function (q) {
      if (q.value[2] > 0 && el.dataset.link) {
        window.location.href = el.dataset.link + '?probability=' + (q.value[1] + 1) + '&impact=' + (q.value[0] + 1);
      }
    });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function burnDown(el) {
    fetch(el.dataset.source, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); })
      .then(function (d) {
        var chart = echarts.init(el);
        var series = [
          {name: el.dataset.actualLabel, type: 'line', data: d.actual, step: false, symbol: 'none', lineStyle: {width: 3}},
          {name: el.dataset.planLabel, type: 'line', data: d.plan, symbol: 'none', lineStyle: {type: 'dashed'}}
        ];
        if (d.baseline) {
          series.push({name: el.dataset.baselineLabel + ' ' + d.baselineName, type: 'line', data: d.baseline, symbol: 'none',
            lineStyle: {type: 'dotted', width: 2}});
        }
        series[0].markLine = {symbol: 'none', label: {formatter: el.dataset.todayLabel}, data: [{xAxis: d.today}],
          lineStyle: {color: '#ff9f1a'}};
        chart.setOption({
          tooltip: {trigger: 'axis'},
          legend: {top: 0},
          grid: {left: 50, right: 30, top: 40, bottom: 40},
          xAxis: {type: 'category', data: d.dates, boundaryGap: false},
          yAxis: {type: 'value', name: el.dataset.yLabel, minInterval: 1},
          series: series
        });
        el.dataset.rendered = 'true';
        window.addEventListener('resize', function () { chart.resize(); });
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-chart=risk-heatmap]').forEach(heatMap);
    document.querySelectorAll('[data-chart=burndown]').forEach(burnDown);
  });
})();

// The readiness board's heat map (ECharts, vendored under /vendor/echarts): units × criteria, green when
// a criterion passes, amber when a non-blocking one fails, red when a blocking one fails; a click opens
// the unit. Data comes in the element's data-heat attribute; the page runs no inline script (CSP).
(function () {
  'use strict';

  var COLORS = ['#e57373', '#ffd54f', '#81c784'];

  function draw(el) {
    var heat = JSON.parse(el.dataset.heat || '{}');
    if (!heat.units || heat.units.length === 0) { return; }
    el.style.height = Math.max(160, 60 + heat.units.length * 22) + 'px';
    var chart = echarts.init(el);
    chart.setOption({
      grid: {left: 180, right: 20, top: 50, bottom: 10},
      tooltip: {formatter: function (q) {
        return heat.units[q.value[1]] + '<br>' + heat.criteria[q.value[0]] + ': ' + q.value[3];
      }},
      xAxis: {type: 'category', data: heat.criteria, position: 'top', axisLabel: {interval: 0, fontSize: 10}},
      yAxis: {type: 'category', data: heat.units, inverse: true, axisLabel: {fontSize: 10}},
      visualMap: {show: false, type: 'piecewise', dimension: 2,
        pieces: [{value: 0, color: COLORS[0]}, {value: 1, color: COLORS[1]}, {value: 2, color: COLORS[2]}]},
      series: [{type: 'heatmap', data: heat.cells, itemStyle: {borderColor: '#fff', borderWidth: 1},
        label: {show: true, formatter: function (q) { return q.value[3]; }, fontSize: 9}}]
    });
    chart.on('click', function (q) { window.location.href = heat.links[q.value[1]]; });
    el.dataset.rendered = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-heat]').forEach(draw);
  });
}());

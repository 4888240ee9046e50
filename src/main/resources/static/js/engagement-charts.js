// The stakeholder grid (influence × interest) with ECharts, vendored under /vendor/echarts. Data comes in
// data-* attributes; the pages run no inline script (CSP script-src 'self').
(function () {
  'use strict';

  var COLOURS = {RESISTANT: '#c0392b', SCEPTICAL: '#e67e22', NEUTRAL: '#7f8c8d', SUPPORTIVE: '#27ae60', CHAMPION: '#1e6fd9'};
  var ORDER = ['RESISTANT', 'SCEPTICAL', 'NEUTRAL', 'SUPPORTIVE', 'CHAMPION'];

  // Stakeholders on the same cell are spread around it so that every name stays readable.
  function spread(points) {
    var seen = {};
    return points.map(function (p) {
      var key = p.interest + ':' + p.influence;
      var n = seen[key] = (seen[key] || 0) + 1;
      var angle = n * 2.4, radius = n === 1 ? 0 : 0.12 + 0.05 * Math.floor(n / 6);
      return {value: [p.interest + radius * Math.cos(angle), p.influence + radius * Math.sin(angle)], name: p.name,
              id: p.id, attitude: p.attitude};
    });
  }

  function grid(el) {
    var points = spread(JSON.parse(el.dataset.points || '[]'));
    var attitudeNames = (el.dataset.attitudes || '').split(',');
    var quadrants = (el.dataset.quadrants || '').split(',');
    var series = ORDER.map(function (a, i) {
      return {name: attitudeNames[i] || a, type: 'scatter', symbolSize: 16, itemStyle: {color: COLOURS[a]},
              label: {show: true, position: 'right', formatter: function (p) { return p.data.name; }, fontSize: 11},
              data: points.filter(function (p) { return p.attitude === a; })};
    });
    series[0].markArea = {silent: true, itemStyle: {color: 'rgba(0,0,0,0.03)'}, label: {color: '#888', fontSize: 11},
      data: [[{name: quadrants[0], coord: [0.5, 3]}, {coord: [3, 5.5]}], [{name: quadrants[1], coord: [3, 3]}, {coord: [5.5, 5.5]}],
             [{name: quadrants[2], coord: [0.5, 0.5]}, {coord: [3, 3]}], [{name: quadrants[3], coord: [3, 0.5]}, {coord: [5.5, 3]}]]};
    var chart = echarts.init(el);
    chart.setOption({
      tooltip: {formatter: function (p) { return p.data.name + ' — ' + p.seriesName; }},
      legend: {top: 0},
      grid: {left: 50, right: 30, top: 40, bottom: 45},
      xAxis: {type: 'value', min: 0.5, max: 5.5, interval: 1, name: el.dataset.xLabel, nameLocation: 'middle', nameGap: 28,
              axisLabel: {formatter: function (v) { return Number.isInteger(v) ? v : ''; }}},
      yAxis: {type: 'value', min: 0.5, max: 5.5, interval: 1, name: el.dataset.yLabel, nameLocation: 'middle', nameGap: 30,
              axisLabel: {formatter: function (v) { return Number.isInteger(v) ? v : ''; }}},
      series: series
    });
    chart.on('click', function (p) {
      if (p.data && p.data.id) {
        window.location.href = el.dataset.link + '/' + p.data.id;
      }
    });
    el.dataset.rendered = 'true';
    el.dataset.count = String(points.length);
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function render() {
    document.querySelectorAll('[data-chart="stakeholder-grid"]').forEach(grid);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', render);
  } else {
    render();
  }
})();

// The process map: draws the layout computed by the server (boxes in their own cells, nothing
// overlaps at actual size) with ECharts' SVG renderer, so labels are real text. Level-1 boxes
// collapse and expand their sub-processes; level-2 boxes open the process. PNG and SVG export.
(function () {
  'use strict';
  var holder = document.getElementById('process-map');
  if (!holder || !window.echarts) {
    return;
  }
  var text = holder.dataset;
  var state = { map: JSON.parse(text.map), collapsed: new Set(), relations: true, zoom: 1 };
  var chart = null;
  var encode = echarts.format.encodeHTML;

  function bounds(map) {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    map.nodes.forEach(function (n) {
      var cx = n.x + n.width / 2, cy = n.y + n.height / 2;
      minX = Math.min(minX, cx); maxX = Math.max(maxX, cx);
      minY = Math.min(minY, cy); maxY = Math.max(maxY, cy);
    });
    return { left: minX, top: minY, width: Math.max(1, maxX - minX), height: Math.max(1, maxY - minY) };
  }

  function label(n) {
    if (n.level !== 1 || n.children === 0) {
      return n.name;
    }
    return (n.collapsed ? '▸ ' : '▾ ') + n.name + (n.collapsed ? ' (' + n.children + ')' : '');
  }

  function nodeData(n) {
    var first = n.level === 1;
    return {
      id: String(n.id), name: label(n), x: n.x + n.width / 2, y: n.y + n.height / 2, node: n,
      symbol: 'rect', symbolSize: [n.width, n.height],
      itemStyle: { color: first ? '#8fd19e' : '#ffe680', borderColor: first ? '#2e7d32' : '#b8860b', borderWidth: 1 },
      label: { show: true, position: 'inside', width: n.width - 14, height: n.height - 6, overflow: 'break',
        lineOverflow: 'truncate', ellipsis: '…', lineHeight: 15, fontSize: first ? 13 : 12,
        fontWeight: first ? 'bold' : 'normal', color: '#1f2933' }
    };
  }

  function tooltip(p) {
    if (p.dataType === 'edge') {
      return encode(text.textRelation) + ': ' + encode(p.data.resources || '');
    }
    var n = p.data.node;
    return '<strong>' + encode(n.name) + '</strong><br>' + encode(text.textCompleteness) + ': ' + n.completeness + '%'
      + (n.children ? '<br>' + encode(text.textChildren) + ': ' + n.children : '')
      + '<br><em>' + encode(n.level === 1 ? text.textToggle : text.textOpen) + '</em>';
  }

  function option(map, forExport) {
    var box = bounds(map);
    return {
      animation: false,
      backgroundColor: forExport ? '#ffffff' : 'transparent',
      tooltip: forExport ? { show: false } : { confine: true, formatter: tooltip },
      series: [{
        type: 'graph', layout: 'none', roam: !forExport, zoom: forExport ? 1 : state.zoom, scaleLimit: { min: 0.2, max: 4 },
        nodeScaleRatio: 1, left: box.left, top: box.top, width: box.width, height: box.height,
        labelLayout: { hideOverlap: true },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 8,
        lineStyle: { color: '#4a5a6a', opacity: 0.45, width: 1.2, curveness: 0.18 },
        emphasis: { focus: 'adjacency', lineStyle: { opacity: 0.9, width: 2 } },
        data: map.nodes.map(nodeData),
        links: state.relations ? map.links.map(function (l) {
          return { source: String(l.source), target: String(l.target), resources: l.resources };
        }) : []
      }]
    };
  }

  function draw() {
    var map = state.map;
    holder.style.width = map.width + 'px';
    holder.style.height = map.height + 'px';
    if (chart) {
      chart.resize({ width: map.width, height: map.height });
    } else {
      chart = echarts.init(holder, null, { renderer: 'svg', width: map.width, height: map.height });
      chart.on('click', onClick);
      chart.on('graphroam', function (e) {
        if (e.zoom) {
          state.zoom = Math.min(4, Math.max(0.2, state.zoom * e.zoom));
        }
      });
    }
    chart.setOption(option(map, false), true);
    holder.dataset.nodes = String(map.nodes.length);
  }

  function onClick(p) {
    if (p.dataType !== 'node') {
      return;
    }
    var n = p.data.node;
    if (n.level === 1 && n.children > 0) {
      if (state.collapsed.has(n.id)) {
        state.collapsed.delete(n.id);
      } else {
        state.collapsed.add(n.id);
      }
      reload();
    } else {
      window.location.href = '/processes/' + n.id;
    }
  }

  function reload() {
    var params = new URLSearchParams();
    if (text.root) {
      params.set('rootId', text.root);
    }
    state.collapsed.forEach(function (id) { params.append('collapsed', id); });
    fetch('/processes/map/data?' + params.toString(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (map) { state.map = map; draw(); });
  }

  function download(href, name) {
    var a = document.createElement('a');
    a.href = href;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function exportPng() {
    var map = state.map;
    var div = document.createElement('div');
    div.style.cssText = 'position:absolute;left:-100000px;top:0;width:' + map.width + 'px;height:' + map.height + 'px';
    document.body.appendChild(div);
    var offscreen = echarts.init(div, null, { renderer: 'canvas', width: map.width, height: map.height });
    offscreen.setOption(option(map, true));
    var url = offscreen.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    offscreen.dispose();
    div.remove();
    download(url, 'process-map.png');
  }

  function exportSvg() {
    chart.setOption(option(state.map, true), true);
    var svg = chart.renderToSVGString();
    chart.setOption(option(state.map, false), true);
    download(URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })), 'process-map.svg');
  }

  function zoom(factor) {
    state.zoom = Math.min(4, Math.max(0.2, state.zoom * factor));
    chart.setOption({ series: [{ zoom: state.zoom }] });
  }

  document.querySelector('[data-testid="map-toolbar"]').addEventListener('click', function (event) {
    var action = event.target.closest('[data-map-action]');
    if (!action || action.type === 'checkbox') {
      return;
    }
    switch (action.dataset.mapAction) {
      case 'expand': state.collapsed.clear(); reload(); break;
      case 'collapse':
        state.map.nodes.forEach(function (n) { if (n.level === 1 && n.children > 0) { state.collapsed.add(n.id); } });
        reload(); break;
      case 'zoom-in': zoom(1.25); break;
      case 'zoom-out': zoom(0.8); break;
      case 'reset': state.zoom = 1; chart.setOption(option(state.map, false), true); break;
      case 'png': exportPng(); break;
      case 'svg': exportSvg(); break;
    }
  });
  document.querySelector('[data-map-action="relations"]').addEventListener('change', function (event) {
    state.relations = event.target.checked;
    chart.setOption(option(state.map, false), true);
  });
  draw();
}());

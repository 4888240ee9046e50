// The Gantt tab (frappe-gantt 1.2.2, vendored): draws the plan's bars with their finish-to-start links,
// marks the critical path, adds the baseline as a thin ghost bar under each task, and moves a task when an
// editor drags it (the server reschedules its successors; the chart then redraws). No inline script (CSP).
(function () {
  'use strict';

  function escape(text) {
    var div = document.createElement('div');
    div.textContent = text == null ? '' : String(text);
    return div.innerHTML;
  }

  function cssClass(t) {
    // frappe-gantt accepts one class per bar: the most telling one wins
    if (t.critical && t.status !== 'DONE') { return 'critical'; }
    if (t.status === 'DONE') { return 'done'; }
    if (t.milestone) { return 'milestone'; }
    if (t.overdue) { return 'overdue'; }
    return 'normal';
  }

  function toBars(data) {
    return data.tasks.map(function (t) {
      return {
        id: String(t.id), name: t.name, start: t.start, end: t.end, progress: t.progress,
        dependencies: t.dependencies.map(String), custom_class: cssClass(t), source: t
      };
    });
  }

  function popup(host) {
    return function (ctx) {
      var t = ctx.task.source;
      ctx.set_title(escape(t.name));
      ctx.set_subtitle(escape(t.start + ' – ' + t.end));
      var lines = [];
      if (t.owner) { lines.push(escape(host.dataset.ownerLabel) + ': ' + escape(t.owner)); }
      lines.push(escape(host.dataset.slackLabel) + ': ' + t.slack + (t.critical ? ' · ' + escape(host.dataset.criticalLabel) : ''));
      if (t.baselineStart) {
        lines.push(escape(host.dataset.baselineLabel) + ': ' + escape(t.baselineStart + ' – ' + t.baselineEnd));
      }
      lines.push('<a href="' + host.dataset.taskLink + t.id + '">' + escape(host.dataset.openLabel) + '</a>');
      ctx.set_details(lines.join('<br>'));
    };
  }

  // The ghost bar: the baseline's span drawn thin under the task, scaled from the task's own bar.
  function drawGhosts(host, bars) {
    var svg = host.querySelector('svg.gantt');
    if (!svg) { return; }
    var day = 86400000;
    bars.forEach(function (b) {
      var t = b.source;
      if (!t.baselineStart) { return; }
      var group = svg.querySelector('.bar-wrapper[data-id="' + b.id + '"]');
      var rect = group && group.querySelector('rect.bar');
      if (!rect) { return; }
      var x = parseFloat(rect.getAttribute('x'));
      var width = parseFloat(rect.getAttribute('width'));
      var days = (Date.parse(t.end) - Date.parse(t.start)) / day + 1;
      var perDay = width / days;
      var ghost = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      ghost.setAttribute('class', 'ghost');
      ghost.setAttribute('x', x + (Date.parse(t.baselineStart) - Date.parse(t.start)) / day * perDay);
      ghost.setAttribute('y', parseFloat(rect.getAttribute('y')) + parseFloat(rect.getAttribute('height')) + 2);
      ghost.setAttribute('width', Math.max(2, ((Date.parse(t.baselineEnd) - Date.parse(t.baselineStart)) / day + 1) * perDay));
      ghost.setAttribute('height', 5);
      group.insertBefore(ghost, group.firstChild);
    });
  }

  function summary(host, data) {
    var el = document.querySelector('[data-testid=gantt-summary]');
    el.textContent = host.dataset.summary.replace('{0}', data.tasks.length).replace('{1}', data.total)
      .replace('{2}', data.critical);
  }

  function message(text) {
    var el = document.querySelector('[data-testid=gantt-message]');
    el.textContent = text || '';
    el.hidden = !text;
  }

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded'};
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function load(host) {
    return fetch(host.dataset.source, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
      .then(function (r) { return r.json(); });
  }

  function render(host, state) {
    load(host).then(function (data) {
      summary(host, data);
      var bars = toBars(data);
      if (bars.length === 0) {
        host.textContent = host.dataset.empty;
        host.dataset.rendered = 'true';
        return;
      }
      host.textContent = '';
      var view = document.querySelector('[data-gantt-view]');
      if (view && !state.viewChosen) {
        view.value = fitting(data);
      }
      state.gantt = new Gantt(host, bars, {
        view_mode: view ? view.value : fitting(data), language: host.dataset.lang || 'en',
        readonly: host.dataset.editable !== 'true', readonly_progress: true, today_button: true,
        scroll_to: 'start', popup: popup(host), infinite_padding: false,
        on_date_change: function (task, start) { move(host, state, task, start); }
      });
      drawGhosts(host, bars);
      state.bars = bars;
      host.dataset.rendered = 'true';
    });
  }

  // Until the user picks a scale, one that shows the whole plan's span in about one screen width.
  function fitting(data) {
    var days = (Date.parse(data.finish) - Date.parse(data.start)) / 86400000;
    return days > 90 ? 'Month' : days > 21 ? 'Week' : 'Day';
  }

  function iso(date) {
    var m = String(date.getMonth() + 1).padStart(2, '0');
    var d = String(date.getDate()).padStart(2, '0');
    return date.getFullYear() + '-' + m + '-' + d;
  }

  function move(host, state, task, start) {
    var body = 'start=' + iso(start) + '&version=' + task.source.version;
    fetch(host.dataset.move + task.source.id + '/move', {method: 'POST', headers: csrf(), body: body, credentials: 'same-origin'})
      .then(function (r) {
        // A refused move answers JSON with its reason; anything else (a lost session, a 404 page) gets the generic line.
        return r.json().then(function (j) { return {ok: r.ok, body: j}; },
          function () { return {ok: false, body: {message: r.status === 404 ? host.dataset.notFound : host.dataset.failed}}; });
      })
      .then(function (res) {
        message(res.ok ? '' : res.body.message);
        host.dataset.rendered = 'false';
        render(host, state);
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var host = document.querySelector('.gantt-host[data-source]');
    if (!host || typeof Gantt === 'undefined') { return; }
    var state = {};
    render(host, state);
    var view = document.querySelector('[data-gantt-view]');
    if (view) {
      view.addEventListener('change', function () {
        state.viewChosen = true;
        if (state.gantt) {
          state.gantt.change_view_mode(view.value);
          drawGhosts(host, state.bars);
        }
      });
    }
  });
})();

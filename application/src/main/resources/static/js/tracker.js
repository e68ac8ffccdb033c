// The tracker's only script. Every page works without it; it saves editors a round trip
// and keeps the admins' progress bars moving.
(function () {
  'use strict';

  // The development form shows only the fields its kind takes.
  function followKind(form) {
    var kind = form.querySelector('select[name=kind]');
    if (!kind) {
      return;
    }
    function show() {
      form.querySelectorAll('[data-kinds]').forEach(function (block) {
        var wanted = block.getAttribute('data-kinds').split(' ');
        block.hidden = wanted.indexOf(kind.value) < 0;
      });
    }
    kind.addEventListener('change', show);
    show();
  }

  // Allegations, denials and evidence need a source: say so next to the field, before sending.
  function requireSources(form) {
    var sources = form.querySelector('select[name=sourceIds]');
    var kind = form.querySelector('select[name=kind]');
    if (!sources || !kind) {
      return;
    }
    form.addEventListener('submit', function (event) {
      var sourced = ['allegations', 'denials', 'evidence'].indexOf(kind.value) >= 0;
      var message = document.getElementById('sourceIds-error');
      if (sourced && sources.selectedOptions.length === 0) {
        if (!message) {
          message = document.createElement('p');
          message.id = 'sourceIds-error';
          message.className = 'field-error';
          sources.parentNode.insertBefore(message, sources.nextSibling);
        }
        message.textContent = sources.getAttribute('data-required');
        sources.setAttribute('aria-invalid', 'true');
        sources.focus();
        event.preventDefault();
      }
    });
  }

  // The projections page polls the status while anything is rebuilding or behind.
  function pollProjections(table) {
    var url = table.getAttribute('data-status-url');
    var labels = {};
    document.querySelectorAll('#state-labels').forEach(function (template) {
      template.content.querySelectorAll('[data-state]').forEach(function (label) {
        labels[label.getAttribute('data-state')] = label.textContent;
      });
    });
    function update(statuses) {
      var busy = false;
      statuses.forEach(function (status) {
        var row = table.querySelector('tr[data-projection="' + status.name + '"]');
        if (!row) {
          return;
        }
        var state = row.querySelector('.state');
        state.textContent = labels[status.state] || status.state;
        if (status.failure) {
          state.title = status.failure;
        } else {
          state.removeAttribute('title');
        }
        row.querySelector('.position').textContent = status.position + ' / ' + status.head;
        var progress = row.querySelector('progress');
        var percent = status.progressPercent;
        progress.value = (percent !== null && percent !== undefined) ? percent : (status.lagEvents === 0 ? 100 : 0);
        row.querySelector('.percent').textContent =
          (percent !== null && percent !== undefined) ? percent.toFixed(1) + ' %' : '';
        row.setAttribute('data-state', status.state);
        busy = busy || status.state === 'REBUILDING' || status.lagEvents > 0;
      });
      return busy;
    }
    function tick() {
      fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
        .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
        .then(function (statuses) { window.setTimeout(tick, update(statuses) ? 500 : 2000); })
        .catch(function () { window.setTimeout(tick, 5000); });
    }
    tick();
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.development').forEach(function (form) {
      followKind(form);
      requireSources(form);
    });
    document.querySelectorAll('table.projections[data-status-url]').forEach(pollProjections);
  });
}());

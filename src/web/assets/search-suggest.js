/*
 * Suggestions under every search box (progressive enhancement: without this script the form
 * simply submits to /zoeken). ARIA combobox with a listbox; arrow keys move, Enter opens,
 * Escape closes. Asks /api/v1/search/suggest; sends nothing else and stores nothing.
 */
(function () {
  'use strict';
  if (!window.fetch || !document.querySelectorAll) return;
  var forms = document.querySelectorAll('form[role="search"][action="/zoeken"]');
  Array.prototype.forEach.call(forms, function (form, n) {
    var input = form.querySelector('input[name="q"]');
    if (!input) return;
    var listId = 'suggesties-' + n;
    var list = document.createElement('ul');
    list.id = listId;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', 'Suggesties');
    list.hidden = true;
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    form.appendChild(list);
    form.appendChild(status);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);
    input.setAttribute('autocomplete', 'off');

    var items = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function select(i) {
      var options = list.children;
      for (var k = 0; k < options.length; k++) options[k].setAttribute('aria-selected', k === i ? 'true' : 'false');
      active = i;
      if (i >= 0) input.setAttribute('aria-activedescendant', listId + '-' + i);
      else input.removeAttribute('aria-activedescendant');
    }

    function render(found) {
      items = found;
      list.textContent = '';
      found.forEach(function (s, i) {
        var li = document.createElement('li');
        li.id = listId + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = s.title;
        li.addEventListener('mousedown', function (e) {
          e.preventDefault();
          window.location.href = s.url;
        });
        list.appendChild(li);
      });
      active = -1;
      if (found.length === 0) {
        close();
        status.textContent = '';
        return;
      }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = found.length + (found.length === 1 ? ' suggestie' : ' suggesties') + '. Gebruik de pijltjes om te kiezen.';
    }

    function ask() {
      var q = input.value;
      if (q.trim().length < 2) {
        render([]);
        return;
      }
      var ticket = ++asked;
      fetch('/api/v1/search/suggest?q=' + encodeURIComponent(q), { headers: { accept: 'application/json' } })
        .then(function (r) {
          return r.ok ? r.json() : { suggestions: [] };
        })
        .then(function (body) {
          if (ticket === asked) render(body.suggestions || []);
        })
        .catch(function () {
          if (ticket === asked) render([]);
        });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (list.hidden) return;
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        select(active + 1 < items.length ? active + 1 : 0);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        select(active > 0 ? active - 1 : items.length - 1);
      } else if (e.key === 'Enter' && active >= 0) {
        e.preventDefault();
        window.location.href = items[active].url;
      } else if (e.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });
  });
})();

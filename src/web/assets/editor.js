// Markdown toolbar and live preview for the back office's item form. Progressive enhancement:
// without this script the form is a plain textarea and works the same.
(function () {
  'use strict';
  var textarea = document.querySelector('textarea.markdown-input');
  if (!textarea || !window.fetch) return;
  var form = textarea.form;
  var csrf = form && form.querySelector('input[name="_csrf"]');

  function wrap(before, after, placeholder) {
    var start = textarea.selectionStart;
    var end = textarea.selectionEnd;
    var selected = textarea.value.slice(start, end) || placeholder;
    textarea.setRangeText(before + selected + after, start, end, 'end');
    textarea.focus();
    textarea.setSelectionRange(start + before.length, start + before.length + selected.length);
    schedule();
  }

  function linePrefix(prefix) {
    var start = textarea.value.lastIndexOf('\n', textarea.selectionStart - 1) + 1;
    textarea.setRangeText(prefix, start, start, 'end');
    textarea.focus();
    schedule();
  }

  var tools = [
    ['Vet', function () { wrap('**', '**', 'vette tekst'); }],
    ['Schuin', function () { wrap('_', '_', 'schuine tekst'); }],
    ['Tussentitel', function () { linePrefix('## '); }],
    ['Opsomming', function () { linePrefix('- '); }],
    ['Link', function () { wrap('[', '](https://)', 'tekst van de link'); }],
  ];

  var toolbar = document.createElement('div');
  toolbar.className = 'md-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', 'Opmaak van de tekst');
  tools.forEach(function (tool) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = tool[0];
    button.addEventListener('click', tool[1]);
    toolbar.appendChild(button);
  });
  textarea.parentNode.insertBefore(toolbar, textarea);

  var heading = document.createElement('h2');
  heading.id = 'h-preview';
  heading.textContent = 'Voorbeeld';
  var preview = document.createElement('div');
  preview.className = 'body md-preview';
  preview.setAttribute('aria-labelledby', 'h-preview');
  preview.setAttribute('role', 'region');
  textarea.parentNode.appendChild(heading);
  textarea.parentNode.appendChild(preview);

  var timer = null;
  var asked = 0;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(update, 300);
  }
  function update() {
    var mine = ++asked;
    var body = new URLSearchParams();
    body.set('_csrf', csrf ? csrf.value : '');
    body.set('body', textarea.value);
    fetch('/beheer/voorbeeld', { method: 'POST', body: body, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        // The server renders Markdown with raw HTML off: this is escaped, safe HTML.
        if (mine === asked) preview.innerHTML = html;
      })
      .catch(function () {
        if (mine === asked) preview.textContent = 'Het voorbeeld kon niet geladen worden.';
      });
  }
  textarea.addEventListener('input', schedule);
  update();
})();

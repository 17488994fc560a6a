// Progressive enhancement of the share panel: a copy button and a print button. Without this
// script the panel still offers a mail link and the address to select.
(function () {
  var panel = document.querySelector('.share');
  if (!panel) return;
  var input = panel.querySelector('#share-url');
  var copy = panel.querySelector('.share-copy');
  var print = panel.querySelector('.share-print');
  var status = panel.querySelector('#share-status');
  if (print && typeof window.print === 'function') {
    print.hidden = false;
    print.addEventListener('click', function () { window.print(); });
  }
  if (copy && input && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(input.value).then(
        function () { status.textContent = 'De link is gekopieerd.'; },
        function () { input.select(); status.textContent = 'Kopiëren lukte niet: de link is geselecteerd, kopieer hem zelf.'; }
      );
    });
  }
  input && input.addEventListener('focus', function () { input.select(); });
})();

// Import form: say at once when a chosen file is too large or of a kind Verbatim cannot read, instead of after
// the upload. The server checks the same rules; this only saves a round trip.
(function () {
  'use strict';
  var MAX_BYTES = 2 * 1024 * 1024;
  var KINDS = /\.(txt|text|html?|md|markdown)$/i;
  var input = document.querySelector('form[data-article-import] input[type="file"]');
  if (!input) return;
  var note = document.createElement('p');
  note.className = 'field-error';
  note.id = 'file-client-error';
  note.setAttribute('role', 'alert');
  note.hidden = true;
  input.insertAdjacentElement('beforebegin', note);

  function problem(file) {
    if (!KINDS.test(file.name)) return 'Only .txt, .html and .md files can be imported';
    if (file.size > MAX_BYTES) return 'The file is larger than 2 MB';
    if (file.size === 0) return 'The file is empty';
    return '';
  }

  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    var message = file ? problem(file) : '';
    note.textContent = message;
    note.hidden = !message;
    input.setCustomValidity(message);
  });
})();

// Import and preview forms: reading a long article, or fetching a slow page, takes seconds (up to half a minute for a
// million characters). Say at once that the form was sent and what Verbatim is doing, count the seconds, and keep a
// second click from sending it again. Without this file the form works the same, with the browser's own indicator.
(function () {
  'use strict';
  var WORDS = {
    paste: 'Verbatim is reading the article and finding its claims',
    upload: 'Verbatim is reading the file and finding its claims',
    url: 'Verbatim is fetching the page, then reading it and finding its claims',
  };
  var forms = document.querySelectorAll('form[data-article-import]');
  Array.prototype.forEach.call(forms, function (form) {
    var status = document.createElement('p');
    status.className = 'notice notice-info import-busy';
    status.setAttribute('role', 'status');
    status.hidden = true;
    var words = document.createElement('span');
    var seconds = document.createElement('span');
    // (read once by a screen reader, not every second)
    seconds.setAttribute('aria-hidden', 'true');
    status.appendChild(words);
    status.appendChild(seconds);
    form.appendChild(status);
    var timer = null;
    var buttons = form.querySelectorAll('button[type="submit"]');

    function reset() {
      if (timer !== null) window.clearInterval(timer);
      timer = null;
      status.hidden = true;
      form.removeAttribute('aria-busy');
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
    }

    form.addEventListener('submit', function (event) {
      if (event.defaultPrevented) return;
      if (timer !== null) {
        // sent already: a second click would import it twice over
        event.preventDefault();
        return;
      }
      var preview = event.submitter && event.submitter.value === 'preview';
      words.textContent = (preview ? 'Preparing the preview. ' : 'Importing. ') + (WORDS[form.getAttribute('data-article-import')] || WORDS.paste) +
        ': a long article takes up to half a minute.';
      var started = Date.now();
      seconds.textContent = '';
      timer = window.setInterval(function () {
        seconds.textContent = ' ' + Math.round((Date.now() - started) / 1000) + ' s';
      }, 1000);
      status.hidden = false;
      form.setAttribute('aria-busy', 'true');
      // (after the form's data is gathered: a button disabled now would leave out its name, "step")
      window.setTimeout(function () {
        Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
      }, 0);
    });
    // back to this page from the next one: the browser may show it as it was left, busy
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) reset();
    });
  });
})();

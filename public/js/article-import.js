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

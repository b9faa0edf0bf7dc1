// Keys v, d and t pick the verdict on a claim page. The form stays the source of truth: this only checks a radio.
(function () {
  'use strict';
  var form = document.getElementById('verdict-form');
  if (!form) return;
  var typing = function (el) {
    if (!el || !el.tagName) return false;
    var tag = el.tagName.toLowerCase();
    if (tag === 'input') return !/^(radio|checkbox|button|submit|reset)$/.test(el.type);
    return tag === 'textarea' || tag === 'select' || el.isContentEditable;
  };
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || typing(event.target)) return;
    var radio = form.querySelector('input[type="radio"][data-key="' + event.key.toLowerCase() + '"]');
    if (!radio) return;
    radio.checked = true;
    radio.focus();
    event.preventDefault();
  });
})();

// Progressive enhancement only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  // Move keyboard and screen-reader focus to a form's error summary after a failed submit.
  const summary = document.querySelector('[data-error-summary]');
  if (summary) summary.focus();

  // Ask before irreversible-looking account actions.
  for (const button of document.querySelectorAll('button[data-confirm]')) {
    button.addEventListener('click', (event) => {
      if (!window.confirm(button.getAttribute('data-confirm'))) event.preventDefault();
    });
  }
});

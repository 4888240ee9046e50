// Sends the CSRF token with every htmx request and asks before destructive actions.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  if (button && button.dataset.confirm && !window.confirm(button.dataset.confirm)) {
    event.preventDefault();
  }
});
document.addEventListener('change', function (event) {
  if (event.target.matches('select[data-autosubmit]')) {
    event.target.form.submit();
  }
});
// Pickers (templates/org/picker.html): a click on a match puts its id into the hidden field and its
// name on show; "clear" empties both. The change event lets a filter form refresh its results.
document.addEventListener('click', function (event) {
  var choice = event.target.closest('[data-pick-id], [data-picker-clear]');
  var picker = choice && choice.closest('[data-picker]');
  if (!picker) {
    return;
  }
  var picked = choice.hasAttribute('data-pick-id');
  var hidden = picker.querySelector('input[type=hidden]');
  var label = picker.querySelector('[data-picker-label]');
  hidden.value = picked ? choice.dataset.pickId : '';
  label.textContent = picked ? choice.dataset.pickLabel : label.dataset.empty;
  picker.querySelector('input[type=search]').value = '';
  picker.querySelector('.picker-results').replaceChildren();
  hidden.dispatchEvent(new Event('change', {bubbles: true}));
});
// Upload forms (templates/shared/imports/new.html): a file over the limit is refused before it is sent,
// and the button says the file is being checked while the server reads it.
document.addEventListener('change', function (event) {
  var input = event.target;
  var form = input.matches('input[type=file]') && input.closest('form[data-max-bytes]');
  if (!form) {
    return;
  }
  var tooLarge = input.files.length > 0 && input.files[0].size > Number(form.dataset.maxBytes);
  var message = form.querySelector('[data-file-too-large]');
  input.setCustomValidity(tooLarge ? message.textContent : '');
  message.hidden = !tooLarge;
});
document.addEventListener('submit', function (event) {
  var button = event.submitter;
  if (!event.defaultPrevented && button && button.dataset.busy) {
    button.textContent = button.dataset.busy;
    setTimeout(function () { button.disabled = true; }, 0);
  }
});

// The workbench's own script (no inline scripts: the CSP allows only /static/).
// htmx sends the session's CSRF token with every request it makes.
document.addEventListener('htmx:configRequest', (event) => {
  const meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) event.detail.headers['X-CSRF-Token'] = meta.content;
});

// Inbox keys: j/k move between items, x selects the current one, e keeps (入选) the selected ones (or the current).
document.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && target.closest('input:not([type=checkbox]), select, textarea, [contenteditable]')) return;
  const items = Array.from(document.querySelectorAll('.items > .item'));
  if (!items.length) return;
  const current = document.activeElement instanceof HTMLElement ? document.activeElement.closest('.items > .item') : null;
  const index = current ? items.indexOf(current) : -1;
  const focus = (i) => {
    const item = items[Math.max(0, Math.min(items.length - 1, i))];
    item.focus();
    item.scrollIntoView({ block: 'nearest' });
  };
  if (event.key === 'j') focus(index + 1);
  else if (event.key === 'k') focus(index < 0 ? 0 : index - 1);
  else if (event.key === 'x' && current) {
    const box = current.querySelector('input[type=checkbox]');
    box.checked = !box.checked;
    current.classList.toggle('selected', box.checked);
  } else if (event.key === 'e') {
    const form = document.querySelector('form.inbox');
    const checked = form.querySelectorAll('input[name=ids]:checked');
    if (!checked.length && current) current.querySelector('input[type=checkbox]').checked = true;
    if (!form.querySelector('input[name=ids]:checked')) return;
    form.requestSubmit(form.querySelector('button[data-key=e]'));
  } else return;
  event.preventDefault();
});

// A checkbox ticked by mouse marks its item too.
document.addEventListener('change', (event) => {
  const box = event.target;
  if (box instanceof HTMLInputElement && box.name === 'ids') box.closest('.item')?.classList.toggle('selected', box.checked);
});

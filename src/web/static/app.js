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

// A download (a long bulletin's PDF takes many seconds) says 正在生成… and takes no second click until the file
// is ready; without the script the link downloads as it is. A refusal shows its reason beside the link; any other
// answer that is not the file (an ended session's login page) is opened as a page.
document.addEventListener('click', async (event) => {
  const link = event.target instanceof Element ? event.target.closest('.downloads a[download]') : null;
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  if (link.getAttribute('aria-disabled') === 'true') return;
  const label = link.textContent;
  link.setAttribute('aria-disabled', 'true');
  link.textContent = '正在生成…';
  try {
    link.parentElement.querySelector('.download-error')?.remove();
    // Asking for JSON makes a refusal come back as its reason (the file itself comes back as it is).
    const res = await fetch(link.href, { credentials: 'same-origin', headers: { Accept: 'application/json, */*' } });
    const disposition = res.headers.get('Content-Disposition') ?? '';
    if ((res.headers.get('Content-Type') ?? '').startsWith('application/json') && !res.ok) {
      const problem = document.createElement('span');
      problem.className = 'error download-error';
      problem.setAttribute('role', 'alert');
      problem.textContent = (await res.json()).error ?? '生成失败';
      link.after(problem);
      return;
    }
    if (!res.ok || !disposition.startsWith('attachment')) {
      window.location.assign(res.url || link.href);
      return;
    }
    const named = /filename\*=UTF-8''([^;]+)/.exec(disposition);
    const url = URL.createObjectURL(await res.blob());
    const save = document.createElement('a');
    save.href = url;
    save.download = named ? decodeURIComponent(named[1]) : '';
    document.body.append(save);
    save.click();
    save.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  } catch {
    window.location.assign(link.href);
  } finally {
    link.textContent = label;
    link.removeAttribute('aria-disabled');
  }
});

// A zh-CN file field (views/fields.ts) names the files chosen, as the browser's hidden own field would have.
document.addEventListener('change', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
  const names = input.closest('.file-field')?.querySelector('.file-names');
  if (!names) return;
  const files = Array.from(input.files ?? []);
  names.textContent = files.length === 0 ? '未选择文件' : files.length === 1 ? files[0].name : `已选择 ${files.length} 个文件：${files.map((f) => f.name).join('、')}`;
});

// A field's own zh-CN words (data-invalid) for the browser's check of it, which speaks the browser's language.
document.addEventListener('invalid', (event) => {
  const field = event.target;
  if (field instanceof HTMLInputElement && field.dataset.invalid && !field.validity.customError) field.setCustomValidity(field.dataset.invalid);
}, true);
document.addEventListener('input', (event) => {
  if (event.target instanceof HTMLInputElement && event.target.dataset.invalid) event.target.setCustomValidity('');
});

// An action that takes seconds (签发 renders every format, 立即抓取 polls a site, 编排, 导入) says so on its button
// (data-busy) and takes no second click while the page it leads to loads. Disabled only after the form's data is
// taken, so the button's own name and value are still sent.
document.addEventListener('submit', (event) => {
  const button = event.submitter;
  if (!(button instanceof HTMLButtonElement) || !button.dataset.busy || event.defaultPrevented) return;
  button.dataset.idle = button.textContent;
  button.textContent = button.dataset.busy;
  setTimeout(() => {
    for (const b of event.target.querySelectorAll('button:not(:disabled)')) {
      b.disabled = true;
      b.dataset.heldBusy = '';
    }
  });
});
// A page the browser keeps and shows again on Back (its back/forward cache) would still say it is busy, with its
// buttons dead: they are given back as they were.
window.addEventListener('pageshow', (event) => {
  if (!event.persisted) return;
  for (const b of document.querySelectorAll('button[data-idle]')) {
    b.textContent = b.dataset.idle;
    delete b.dataset.idle;
  }
  for (const b of document.querySelectorAll('button[data-held-busy]')) {
    b.disabled = false;
    delete b.dataset.heldBusy;
  }
});

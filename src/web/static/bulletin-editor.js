// 编辑部 editor: drag and drop of entries within and between sections (SortableJS). Without this script the
// ↑/↓ buttons and the 移到 menu do the same by plain form posts. Each move is saved at once with the version the
// page was read at; a refused save puts the entry back and says why, and a save on top of others' changes reloads.
(() => {
  const editor = document.querySelector('.editor[data-bulletin]');
  if (!editor) return;
  const id = editor.dataset.bulletin;
  // A page answering a refused save sits at …/edit (a POST): reloading it would send that save again.
  if (location.pathname !== `/bulletins/${id}`) history.replaceState(null, '', `/bulletins/${id}`);
  if (typeof Sortable === 'undefined') return;
  const csrf = document.querySelector('meta[name="csrf-token"]')?.content ?? '';
  const alert = document.getElementById('editor-alert');
  const preview = document.getElementById('preview');

  const say = (message) => {
    alert.textContent = message;
    alert.hidden = !message;
  };
  // Every form on the page carries the version; after a save they all name the new one.
  const setVersion = (version) => {
    editor.dataset.version = String(version);
    for (const input of document.querySelectorAll('.editor input[name=version]')) input.value = String(version);
    const label = editor.querySelector('.version');
    if (label) label.textContent = `第 ${version} 版`;
    if (preview) preview.src = `/bulletins/${id}/preview?v=${version}`;
    // A move saved here is an edit 撤销上一步 can take back, and ends what 重做 could make again.
    const undo = editor.querySelector('.undo-edit button');
    if (undo) (undo.disabled = false), (undo.title = '撤销刚才的移动');
    const redo = editor.querySelector('.redo-edit button');
    if (redo) (redo.disabled = true), (redo.title = '没有可重做的修改');
  };

  const save = async (fields) => {
    const body = new URLSearchParams({ ...fields, version: editor.dataset.version, _csrf: csrf });
    const response = await fetch(`/bulletins/${id}/edit`, {
      method: 'POST', body, headers: { Accept: 'application/json', 'X-CSRF-Token': csrf }, credentials: 'same-origin',
    });
    const answer = await response.json().catch(() => ({}));
    // Anything but the saved version (a login page a proxy redirected to, say) is a save that did not happen.
    if (!response.ok || typeof answer.version !== 'number') throw new Error(answer.error ?? `保存失败（HTTP ${response.status}），请刷新本页后重做`);
    return answer;
  };

  for (const list of document.querySelectorAll('ol.entries')) {
    Sortable.create(list, {
      group: 'entries',
      handle: '.handle',
      animation: 120,
      onEnd: async (event) => {
        const item = event.item;
        if (event.from === event.to && event.oldIndex === event.newIndex) return;
        const next = item.nextElementSibling;
        const fields = { op: 'move', articleId: item.dataset.id, section: event.to.dataset.section };
        if (next?.dataset.id) fields.before = next.dataset.id;
        try {
          const { version, merged } = await save(fields);
          if (merged) {
            // Saved on top of other editors' changes this page does not show: show them, unless something typed here
            // is unsaved (its form still names the version it was read at, so its save is checked as well).
            const typing = [...document.querySelectorAll('.editor textarea, .editor input[name=text]')].some((f) => f.value !== f.defaultValue);
            if (!typing) return location.reload();
            say(`${merged}本页不是最新版本：保存正在填写的内容后请刷新。`);
            return;
          }
          say('');
          setVersion(version);
          // The entry's own forms now speak of its new section.
          const menu = item.querySelector('select[name=section]');
          if (menu) menu.value = event.to.dataset.section;
        } catch (err) {
          // Put it back where it was: the page shows what is stored. Out of the list first, so oldIndex counts the
          // others only (a move up within one list was put back one place off).
          item.remove();
          event.from.insertBefore(item, event.from.children[event.oldIndex] ?? null);
          say(err.message);
        }
      },
    });
  }
})();

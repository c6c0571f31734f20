import { html } from 'hono/html';
import type { Html } from '../layout.js';

/**
 * A date field in zh-CN whatever the browser's language: text with a 年-月-日 hint rather than `type=date`
 * (which shows mm/dd/yyyy in an English browser). The core reads it (ISO, 2021.10.21, 2021年10月21日) and says
 * what is wrong; the pattern only stops a plain typo before the round trip, in the words of `data-invalid` (app.js).
 */
export function dayField(name: string, value: string | null | undefined, required = false): Html {
  return html`<input name="${name}" value="${value ?? ''}" placeholder="年-月-日" size="11" autocomplete="off" pattern="[0-9]{4}\\D{1,3}[0-9]{1,2}\\D{1,3}[0-9]{1,2}日?" title="年-月-日，如 2021-10-21" data-invalid="请按 年-月-日 填写日期，如 2021-10-21"${required ? html` required` : ''}>`;
}

/**
 * A file field in zh-CN: the browser's own button and "No file chosen" are hidden behind a label that opens the
 * picker (so it works without the script); app.js writes the chosen files' names after it.
 */
export function fileField(name: string, accept: string, multiple = false): Html {
  return html`<span class="file-field"><input type="file" id="file-${name}" name="${name}" accept="${accept}"${multiple ? html` multiple` : ''} required data-invalid="请先选择要导入的文件">
<label for="file-${name}" class="file-button">选择文件</label> <span class="file-names" aria-live="polite">未选择文件</span></span>`;
}

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, JianbaoError, openJianbao, resolveConfig, type Actor, type ConfigLayer } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { runCli, SAMPLES } from './cli-run.js';
import { composeStore } from './compose-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-house-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const actor: Actor = { id: 'tester', role: 'editor' };

/** Another house: its own name, copyright wording, colours and fonts. */
const HOUSE: ConfigLayer['house'] = {
  publication: '数字治理周报',
  copyright: '{publication} 内部资料（{year}），请勿外传',
  colours: { accent: '#0b5394', shade: '#eef3f8' },
  fonts: { css: '"Noto Serif CJK SC", serif', wordBody: { latin: 'Georgia', eastAsia: '仿宋' } },
};

describe.each(BACKENDS)('the house format from the configuration, on $name', (backend) => {
  it('prints the configured name, copyright, colours and fonts in HTML, Word and Markdown; Chromium is the configured one', async () => {
    const store = await backend.fresh();
    await composeStore(store);
    const jianbao = await openJianbao(resolveConfig({ flags: { store, house: HOUSE, chromium: join(dir, 'no-chromium') } }));
    try {
      const { id } = await jianbao.bulletins.compose(actor, { from: '2021-10-15', to: '2021-10-21' });
      const { bulletin } = await jianbao.bulletins.get(actor, id);
      expect(bulletin.publication).toBe('数字治理周报');
      expect(bulletin.copyright).toBe('数字治理周报 内部资料（2021），请勿外传');

      const html = new TextDecoder().decode(await jianbao.bulletins.render(actor, id, 'html'));
      expect(html).toContain('--accent: #0b5394;');
      expect(html).toContain('--shade: #eef3f8;');
      expect(html).toContain(`--muted: ${DEFAULT_CONFIG.house.colours.muted};`);
      expect(html).toContain('font-family: "Noto Serif CJK SC", serif;');
      expect(html).not.toContain(DEFAULT_CONFIG.house.colours.accent);
      expect(html).toContain('<p class="copyright">数字治理周报 内部资料（2021），请勿外传</p>');

      const docx = join(dir, `${backend.name}.docx`);
      writeFileSync(docx, await jianbao.bulletins.render(actor, id, 'docx'));
      const part = (name: string) => execFileSync('unzip', ['-p', docx, name], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const styles = part('word/styles.xml');
      expect(styles).toContain('w:eastAsia="仿宋"');
      expect(styles).toContain('w:ascii="Georgia"');
      expect(styles).toContain('w:eastAsia="黑体"');
      expect(styles).toContain('0B5394');
      expect(part('word/document.xml')).toContain('0B5394');

      const md = new TextDecoder().decode(await jianbao.bulletins.render(actor, id, 'md'));
      expect(md.startsWith('# 数字治理周报 第 1 期')).toBe(true);
      expect(md.trimEnd().endsWith('数字治理周报 内部资料（2021），请勿外传')).toBe(true);

      await expect(jianbao.bulletins.render(actor, id, 'pdf')).rejects.toThrow(`${join(dir, 'no-chromium')}: cannot start Chromium for PDF output`);

      // The background render job prints in the same house.
      const chief: Actor = { id: 'lin', role: 'chief' };
      const out = join(dir, `${backend.name}-job`);
      const stop = await jianbao.jobs.start(chief, { queues: ['render'], concurrency: 1, schedule: false });
      try {
        const job = (await jianbao.jobs.enqueue(chief, { name: 'render', payload: { bulletinId: id, formats: ['html'], dir: out } }))!;
        await expect.poll(async () => (await jianbao.jobs.get(chief, job)).state, { timeout: 60_000 }).toBe('done');
      } finally {
        await stop();
      }
      const written = readFileSync(join(out, `bulletin-${id}.html`), 'utf8');
      expect(written).toContain('--accent: #0b5394;');
      expect(written).toContain('<p class="copyright">数字治理周报 内部资料（2021），请勿外传</p>');
    } finally {
      await jianbao.close();
    }
  }, 90_000);
});

describe('the house format in a config file', () => {
  it('merges colours and fonts one by one over the defaults', () => {
    const file = join(dir, 'jianbao.config.json');
    writeFileSync(file, JSON.stringify({ house: { colours: { accent: '#123456' }, fonts: { wordHeading: { latin: 'Helvetica', eastAsia: '楷体' } } } }));
    const config = resolveConfig({ file });
    expect(config.house.colours).toEqual({ ...DEFAULT_CONFIG.house.colours, accent: '#123456' });
    expect(config.house.fonts).toEqual({ ...DEFAULT_CONFIG.house.fonts, wordHeading: { latin: 'Helvetica', eastAsia: '楷体' } });
    expect(resolveConfig({ file, env: { JIANBAO_CHROMIUM: '/opt/chromium' } }).chromium).toBe('/opt/chromium');
  });

  it.each([
    ['a colour that is not #rrggbb', { colours: { accent: 'red' } }, 'house.colours.accent: expected a colour as #rrggbb'],
    ['a colour the renderer does not use', { colours: { background: '#ffffff' } }, 'house.colours: Unrecognized key: "background"'],
    ['a font list that would end its CSS declaration', { fonts: { css: 'serif; } body { display: none' } }, 'house.fonts.css: expected a CSS font-family list'],
  ])('refuses %s with the file and the field named', (_, house, problem) => {
    const file = join(dir, 'bad.config.json');
    writeFileSync(file, JSON.stringify({ house }));
    let error: unknown;
    try {
      resolveConfig({ file });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JianbaoError);
    expect((error as JianbaoError).message).toContain(`${file}: ${problem}`);
  });
});

describe('a config file on the command line', () => {
  it('names the store and the input size cap for every command; flags and the environment override it', async () => {
    const file = join(dir, 'cli.config.json');
    const store = join(dir, 'from-config.db');
    writeFileSync(file, JSON.stringify({ store, maxInputBytes: 100 }));
    const capped = await runCli(['import', SAMPLES[0], '--config', file]);
    expect(capped.code).toBe(1);
    expect(capped.stderr).toContain('the limit is 100 bytes');
    expect((await runCli(['--config', file, 'import', SAMPLES[0], '--max-mb', '5'])).code).toBe(0);
    const listed = await runCli(['list', '--config', file]);
    expect(listed).toMatchObject({ code: 0, stderr: '' });
    expect(listed.stdout).toContain('6 articles');
    // `bulletin` names what `issue` composes; the global option may come before it.
    expect(await runCli(['--config', file, 'bulletin', 'list'])).toMatchObject({ code: 0, stderr: '', stdout: (await runCli(['issue', 'list', '--config', file])).stdout });
    const elsewhere = await runCli(['list', '--config', file], { JIANBAO_DB: join(dir, 'none.db') });
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toContain(`${join(dir, 'none.db')}: 这里还没有资料库`);
  });
});

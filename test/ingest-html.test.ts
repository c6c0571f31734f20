import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSource } from '../src/ingest/load.js';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { runCli } from './cli-run.js';
import { gb18030 } from './ingest-fixtures.js';
import { BACKENDS } from './backends.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const BODY = (topic: string) =>
  `<p>近日，有关部门就${topic}召开专题会议，研究部署下一阶段重点工作。会议指出，要坚持稳中求进工作总基调，统筹发展和安全，` +
  `着力推动产业链供应链优化升级，切实提升企业的获得感。</p>\n<p>会议强调，各地区各部门要压实责任，细化举措，加强跟踪调度，` +
  `确保各项政策措施落地见效，为全年目标任务的完成打下坚实基础。</p>`;

/** An institute's HTML bulletin, hand-written: GBK bytes, a nav bar, a script, a contents block with dot leaders. */
const BULLETIN = `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>产业动态 2024年第3期</title>
<style>h2 { font-size: 1.3em }</style><script>var track = "不是正文";</script></head>
<body>
<nav><a href="/">首页</a> | <a href="/list">往期回顾</a></nav>
<div class="cover"><h1>产业动态</h1><div>2024年第3期</div><div>2024年3月15日</div></div>
<div class="toc"><h3>目 录</h3>
<ul><li>新能源汽车产业链协同发展座谈会召开……2</li><li>工业互联网平台应用推广工作推进……3</li>
<li>数字经济重点项目集中签约……4</li></ul></div>
<h1>政策动向</h1>
<h2>新能源汽车产业链协同发展座谈会召开</h2>
${BODY('新能源汽车产业链协同发展')}
<h2>工业互联网平台应用推广工作推进</h2>
${BODY('工业互联网平台应用推广')}
<h1>地方动态</h1>
<h2>数字经济重点项目集中签约</h2>
${BODY('数字经济重点项目签约')}
<script>document.write("广告")</script>
</body></html>`;

describe('loadSource: HTML bulletins', () => {
  it('reads an HTML bulletin by name or by its doctype, one line per block, scripts, styles and navigation dropped', async () => {
    const bytes = gb18030(BULLETIN);
    for (const name of ['bulletin.html', 'bulletin.htm', 'bulletin.dat']) {
      const doc = await loadSource(fixture(name, bytes));
      expect(doc).toMatchObject({ kind: 'html', encoding: 'gb18030' });
      const texts = doc.lines.map((l) => l.text);
      expect(texts).toContain('新能源汽车产业链协同发展座谈会召开');
      expect(texts).toContain('新能源汽车产业链协同发展座谈会召开……2');
      expect(texts.join('\n')).not.toMatch(/不是正文|广告|往期回顾|font-size/);
      expect(texts.filter((t, i) => t !== '' && i % 2 === 1)).toEqual([]);
    }
  });

  it('parses it like any bulletin: sections and articles, the cover and contents kept out of the articles', async () => {
    const { bulletin } = await readBulletin(fixture('issue.html', gb18030(BULLETIN)));
    expect(bulletin.articles.map((a) => [a.section, a.title])).toEqual([
      ['政策动向', '新能源汽车产业链协同发展座谈会召开'],
      ['政策动向', '工业互联网平台应用推广工作推进'],
      ['地方动态', '数字经济重点项目集中签约'],
    ]);
    expect(bulletin.articles[2].body).toContain('为全年目标任务的完成打下坚实基础。');
    expect(bulletin.warnings.join('\n')).toMatch(/recognised as front matter, not articles/);
  });

  it('`jianbao parse` reads it too', async () => {
    const r = await runCli(['parse', fixture('cli.html', gb18030(BULLETIN)), '--format', 'json']);
    expect(r.code).toBe(0);
    const issue = JSON.parse(r.stdout) as { sections: string[]; articles: { title: string }[] };
    expect(issue.sections).toEqual(['政策动向', '地方动态']);
    expect(issue.articles.map((a) => a.title)).toContain('数字经济重点项目集中签约');
  }, 60_000);

  it('refuses an HTML file without any text, naming it', async () => {
    const path = fixture('empty.html', '<!doctype html><html><head><script>x()</script></head><body> </body></html>');
    await expect(loadSource(path)).rejects.toThrow(`${path}: 网页中没有文字 (HTML page holds no text)`);
  });
});

describe.each(BACKENDS)('importing an HTML bulletin on $name', (backend) => {
  it('stores it as an html source file with its articles, and lists it', async () => {
    const db = await backend.migrated();
    const r = await runCli(['import', fixture('stored.html', gb18030(BULLETIN)), '--db', db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^imported .*stored\.html: 3 articles/m);
    const listed = JSON.parse((await runCli(['list', '--json', '--db', db])).stdout) as { articleCount: number; source: { kind: string } }[];
    expect(listed.map((i) => [i.source.kind, i.articleCount])).toEqual([['html', 3]]);
  }, 60_000);
});

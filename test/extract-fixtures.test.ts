import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../src/extract/index.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../testdata/web/${name}`, import.meta.url));
const expected = (name: string): string => fixture(name).toString('utf8');

describe('extractArticle on written fixtures', () => {
  it('reads a GBK page whose meta claims UTF-8, strips 来源/发布时间/责任编辑 lines and reads them', () => {
    const page = extractArticle(fixture('gbk-lying-meta.html'));
    expect(page.body).toBe(expected('expected-zh.txt'));
    expect(page).toMatchObject({ title: '我国5G基站总数达115.9万个 占全球70%以上', published: '2021-10-19T08:30:00', author: '李明', source: '人民邮电报', lang: 'zh' });
    expect(page.warnings.join(' ')).toMatch(/gb18030/);
  });

  it('reads a Big5 page that declares no charset', () => {
    const page = extractArticle(fixture('big5-no-charset.html'));
    expect(page.body).toBe(expected('expected-zh-trad.txt'));
    expect(page.title).toBe('我國5G基站總數達115.9萬個');
    expect(page.warnings.join(' ')).toMatch(/big5/);
  });

  it('takes headline, date, authors and site from JSON-LD and joins an article split by an ad block', () => {
    const page = extractArticle(fixture('jsonld-split-by-ad.html'), { url: 'https://example.com/2021/10/19/bike-lanes.html' });
    expect(page.body).toBe(expected('expected-en.txt'));
    expect(page).toMatchObject({
      title: 'City council approves new bike lanes downtown',
      published: '2021-10-19T08:30:00+08:00',
      author: 'Jane Doe, John Roe',
      siteName: 'Example Daily',
      url: 'https://example.com/2021/10/19/bike-lanes.html',
    });
    expect(page.body).not.toMatch(/Advertisement|Related|Most read/);
  });

  it.each([
    {
      what: '2021年10月19日, 本报记者 and （责任编辑：…） lines around a text-and-<br> body',
      file: 'zh-meta-lines.html',
      body: 'expected-zh.txt',
      meta: { title: '我国5G基站总数达115.9万个 占全球70%以上', published: '2021-10-19T09:15:00', author: '张伟', source: '新华网' },
    },
    {
      what: 'an old table-layout GB2312 government page with print/close and prev/next links',
      file: 'gov-table-layout.html',
      body: 'expected-gov.txt',
      meta: { title: '关于推动工业互联网加快发展的通知', published: '2021-10-19', author: null, source: '信息化和软件服务业司' },
    },
  ])('reads $what', ({ file, body, meta }) => {
    const page = extractArticle(fixture(file));
    expect(page.body).toBe(expected(body));
    expect(page).toMatchObject(meta);
  });

  it('drops 原标题 and 扫一扫 furniture but keeps a closing paragraph that merely mentions 二维码', () => {
    const body = [
      '近日，多地推出数字人民币试点活动，市民可通过手机钱包领取红包，并在指定商户消费使用，活动吸引了大量市民参与。',
      '业内人士表示，随着试点范围扩大，数字人民币的应用场景将更加丰富，线下商户改造也在加快推进。',
      '目前，扫描二维码支付已在全国普及，数字人民币将与现有支付方式长期并存，共同服务实体经济。',
    ];
    const html = `<html><body><div class="content"><p>原标题：数字人民币试点扩围</p>${body.map((p) => `<p>${p}</p>`).join('')}<p>扫一扫在手机打开当前页</p></div></body></html>`;
    expect(extractArticle(html).body).toBe(body.join('\n\n'));
  });

  it('reads a portal article without its photo caption, share bar, editor line, keywords, QR prompt, related list or comments', () => {
    const page = extractArticle(fixture('zh-portal.html'));
    expect(page.body.split('\n\n').map((p) => p.slice(0, 12))).toEqual(['新浪科技讯 10月19日', '华为无线产品线总裁在发布', '业内分析人士认为，随着5']);
    expect(page).toMatchObject({ title: '华为发布新一代5G基站芯片', published: '2021-10-19T08:30:00+08:00', lang: 'zh' });
  });

  it('keeps a paragraph wrapped in a span and drops only the link card hidden inside it', () => {
    const para = (s: string): string => `<p>${s} paragraph, long enough to count as article text, with commas, and more words.</p>`;
    const card = '<span class="person-card"><span><img src="p.jpg"><a href="/p/1">Other article one</a> <a href="/p/2">Other article two</a></span></span>';
    const html = `<html><body><div class="content">${para('Opening')}<p><span style="font-weight:400">Rep. <span class="person"><a href="/people/x">Alexandra Example</a>${card}</span> (D-N.Y.) spoke after the vote, saying the plan was fair.</span></p>${para('Closing')}</div></body></html>`;
    expect(extractArticle(html).body.split('\n\n')[1]).toBe('Rep. Alexandra Example (D-N.Y.) spoke after the vote, saying the plan was fair.');
  });

  it('falls back to JSON-LD articleBody when the page renders its text by script', () => {
    const body = 'First paragraph of an article that only exists in structured data, long enough to count.\nSecond paragraph, which says a little more about the same subject and ends here.';
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'Scripted page', articleBody: body });
    const page = extractArticle(`<html><head><script type="application/ld+json">${ld}</script></head><body><div id="app"></div><script>render()</script></body></html>`);
    expect(page.body).toBe(body.replace('\n', '\n\n'));
    expect(page.warnings.join()).toMatch(/JSON-LD articleBody/);
  });

  it('keeps the rest of a text folded away under 展开全文, and drops other hidden blocks', () => {
    const para = (n: number): string => `<p>第${n}段正文写得足够长，是一句完整的话，讲述了这件事情在过去一年里的来龙去脉和它带来的影响。</p>`;
    const page = (after: string): string =>
      `<html><body><h1>县域充电桩覆盖率年内将达九成</h1><div class="article">${para(1)}${para(2)}<div style="display:none">${para(3)}${para(4)}</div></div>${after}</body></html>`;
    expect(extractArticle(page('<div class="unfold">展开全文</div>')).body).toMatch(/第4段/);
    expect(extractArticle(page('<div class="more">更多新闻</div>')).body).not.toMatch(/第3段/);
  });

  it('drops a Chinese caption standing under its photo without a credit, and keeps a bold sub-head there', () => {
    const para = (n: number): string => `<p>第${n}段正文写得足够长，是一句完整的话，讲述了这件事情在过去一年里的来龙去脉和它带来的影响。</p>`;
    const body = extractArticle(
      `<html><body><h1>县域充电桩覆盖率年内将达九成</h1><div class="article">${para(1)}<p><img src="a.jpg"></p><p>工作人员在县城充电站检查设备运行情况</p>${para(2)}<p><img src="b.jpg"></p><p><strong>县城充电难正在缓解</strong></p>${para(3)}</div></body></html>`,
    ).body;
    expect(body).not.toMatch(/检查设备/);
    expect(body).toMatch(/充电难正在缓解/);
  });

  it('reads a filled mark before a name above the text as the writer, and the same line among the text as a sub-head', () => {
    const para = (n: number): string => `<p>第${n}段正文写得足够长，是一句完整的话，讲述了这件事情在过去一年里的来龙去脉和它带来的影响。</p>`;
    const page = (inner: string): string => `<html><body><h1>县域充电桩覆盖率年内将达九成</h1><div class="info">2024-09-12 08:30　来源：某某商报</div><div class="article">${inner}</div></body></html>`;
    expect(extractArticle(page(`<p>■ 钱某</p>${para(1)}${para(2)}${para(3)}`)).author).toBe('钱某');
    const subhead = extractArticle(page(`${para(1)}<p>■ 起步</p>${para(2)}${para(3)}`));
    expect(subhead.author).toBeNull();
    expect(subhead.body).toMatch(/起步/);
  });

  it('drops only the one caption under a photo: the short line after it (a notice\u2019s salutation) is text', () => {
    const para = (n: number): string => `<p>第${n}段正文写得足够长，是一句完整的话，讲述了这件事情在过去一年里的来龙去脉和它带来的影响。</p>`;
    const body = extractArticle(
      `<html><body><h1>关于开展工业互联网平台遴选工作的通知</h1><div class="article"><p><img src="a.jpg"></p><p>学生在实训车间进行数控加工操作</p><p>各市（州）经济和信息化局，各有关单位：</p>${para(1)}${para(2)}${para(3)}</div></body></html>`,
    ).body;
    expect(body).not.toMatch(/数控加工/);
    expect(body.startsWith('各市（州）经济和信息化局，各有关单位：')).toBe(true);
  });

  it('survives markup nested thousands of levels deep', () => {
    const html = `<html><body>${'<div><span>'.repeat(5000)}Deep text, still read as a paragraph of the page body.</body></html>`;
    expect(extractArticle(html).body).toBe('Deep text, still read as a paragraph of the page body.');
  });

  it('reports an empty page instead of failing', () => {
    const page = extractArticle('<html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(page.body).toBe('');
    expect(page.warnings).toContain('no article text found');
  });
});

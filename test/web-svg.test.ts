/** The chart SVG made safe for a page: drawing kept, anything that could run or load dropped, inline styles as attributes. */
import { describe, expect, it } from 'vitest';
import { trendChart } from '../src/core/index.js';
import { inlineSvg } from '../src/web/svg.js';

describe('inlineSvg', () => {
  it('keeps a real trend chart drawn, with its styles as presentation attributes and no style at all', async () => {
    const svg = await trendChart([{ bucket: '2026-10', start: '2026-10-01', count: 2 }, { bucket: '2026-11', start: '2026-11-01', count: 5 }], '匹配文章数');
    const safe = inlineSvg(svg, '趋势');
    expect(safe).toMatch(/^<svg role="img" aria-label="趋势" width="900" height="420" [^>]*viewBox="0 0 900 420">/);
    expect(safe.match(/<text\b/g)?.length).toBe(svg.match(/<text\b/g)?.length);
    expect(safe.match(/<path\b/g)?.length).toBe(svg.match(/<path\b/g)?.length);
    expect(safe).toContain('>2026-11</text>');
    expect(safe).toMatch(/font-size="16px"[^>]*>匹配文章数<\/text>/);
    expect(svg).toMatch(/style=|<style/);
    expect(safe).not.toMatch(/style=|<style|class=/);
  });

  it('drops scripts, handlers, links, foreign content and url() styles, and escapes text and the label', () => {
    const hostile = `<svg onload="alert(1)" viewBox="0 0 10 10"><script>alert(1)</script><a href="javascript:alert(1)"><text>链接</text></a>
<text x="1" style="fill:url(javascript:alert(1));font-size:3px;behavior:x">&lt;img src=x onerror=alert(1)&gt;</text>
<foreignObject><img src="x" onerror="alert(1)"/></foreignObject><image href="data:image/svg+xml,x"/><use href="#a"/>
<rect fill="javascript:alert(1)" width="2"/></svg><script>alert(2)</script>`;
    const safe = inlineSvg(hostile, '"><script>alert(3)</script>');
    expect(safe).toBe(
      '<svg role="img" aria-label="&#34;&#62;&#60;script&#62;alert(3)&#60;/script&#62;" viewBox="0 0 10 10">\n' +
        '<text x="1" font-size="3px">&#60;img src=x onerror=alert(1)&#62;</text>\n\n<rect width="2"></rect></svg>',
    );
  });
});

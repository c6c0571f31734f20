import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../src/bulletin/parse.js';
import type { Line, SourceDoc } from '../src/types.js';

/** Builds PDF-like lines: text with font size, boldness, position; one column 400pt wide on an A4 page. */
function pdfDoc(spec: [string, number, boolean, number, number, number?][]): SourceDoc {
  let prevPage = 0;
  const lines: Line[] = spec.map(([text, fontSize, bold, page, y, width], i) => {
    const line: Line = {
      text, lineNo: i + 1, page, pageTop: page !== prevPage,
      layout: { fontSize, bold, x: 90, y, width: width ?? 400, pageWidth: 595, pageHeight: 842 },
    };
    if (text.startsWith('科技日报')) line.furniture = true;
    prevPage = page;
    return line;
  });
  return { path: 'synthetic.pdf', kind: 'pdf', encoding: 'pdf', sha256: '', bytes: 0, lines, warnings: [] };
}

describe('parseBulletin on PDF lines with layout', () => {
  const doc = pdfDoc([
    ['科技日报 2021年10月21日 第 1 版', 9, false, 1, 40, 200],
    ['量子计算原型机再获突破', 22, true, 1, 90, 260],
    ['本报记者 张伟', 10.5, false, 1, 120, 80],
    ['记者从中国科学技术大学获悉，该校研究团队成功构建了新一代量子计算原型机，在特定', 10.5, false, 1, 150],
    ['任务上的求解速度比目前最快的超级计算机快出许多个数量级，相关成果已发表在国际学', 10.5, false, 1, 165],
    ['术期刊上。', 10.5, false, 1, 180, 60],
    ['研究团队介绍', 10.5, true, 1, 205, 70],
    ['研究团队表示，下一步将继续提高量子比特的数量和操控精度，推动量子计算从实验室走', 10.5, false, 1, 230],
    ['科技日报 2021年10月21日 第 2 版', 9, false, 2, 40, 200],
    ['向实际应用，为密码分析、材料设计等领域提供新的计算工具。', 10.5, false, 2, 90, 330],
    ['新型储能电池', 22, true, 2, 130, 150],
    ['实现千次循环', 22, true, 2, 158, 150],
    ['近日，一种新型固态储能电池在实验室完成了一千次充放电循环测试，容量保持率超过九', 10.5, false, 2, 190],
    ['成，为大规模储能应用提供了新的技术路线。', 10.5, false, 2, 205, 250],
  ]);
  const b = parseBulletin(doc);

  it('takes large-font lines for titles, joining a headline over two lines', () => {
    expect(b.articles.map((a) => a.title)).toEqual(['量子计算原型机再获突破', '新型储能电池实现千次循环']);
  });

  it('keeps bold body-size headings as sub-heads and the reporter line as byline', () => {
    expect(b.articles[0].subheads).toEqual(['研究团队介绍']);
    expect(b.articles[0].byline).toBe('本报记者 张伟');
  });

  it('drops lines flagged as furniture and joins the paragraph across the page', () => {
    expect(b.articles[0].body).toContain('从实验室走向实际应用');
    expect(b.articles.some((a) => a.body.includes('科技日报'))).toBe(false);
    expect(b.articles[0].body.split('\n\n')).toHaveLength(3);
    expect(b.articles[1].page).toBe(2);
  });

  it('reads the masthead from the flagged header lines', () => {
    expect(b.publication).toBe('科技日报');
    expect(b.issueDate).toBe('2021-10-21');
  });
});

describe('parseBulletin: plain body type is text where sub-headings are bold', () => {
  const spec = (subheadBold: boolean): [string, number, boolean, number, number, number?][] => [
    ['量子计算原型机再获突破', 22, true, 1, 90, 260],
    ['记者从中国科学技术大学获悉，该校研究团队成功构建了新一代量子计算原型机，在特定', 10.5, false, 1, 150],
    ['任务上的求解速度比目前最快的超级计算机快出许多个数量级。', 10.5, false, 1, 165, 300],
    ['研究团队介绍', 10.5, subheadBold, 1, 190, 70],
    ['团队成员来自中国科学技术大学与法国国家科学研究中心（法语为Centre national', 10.5, false, 1, 215, 250],
    ['de la recherche scientifique）等机构，下一步将继续提高量子比特的数量和操控精度。', 10.5, false, 1, 240],
  ];

  it('keeps an unpunctuated paragraph in plain type in the body when the document sets sub-headings bold', () => {
    const a = parseBulletin(pdfDoc(spec(true))).articles[0];
    expect(a.subheads).toEqual(['研究团队介绍']);
    expect(a.body).toContain('（法语为Centre national');
  });

  it('falls back to shape when no body-size line reads bold (a PDF that does not say which fonts are bold)', () => {
    expect(parseBulletin(pdfDoc(spec(false))).articles[0].subheads).toContain('研究团队介绍');
  });
});

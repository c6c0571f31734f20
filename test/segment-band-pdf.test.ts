import { describe, expect, it } from 'vitest';
import { parseBulletin } from '../src/bulletin/parse.js';
import type { Line, SourceDoc } from '../src/types.js';

/** PDF-like lines on one page: text, font size, boldness and height on the page, one column 400pt wide. */
function pdfDoc(spec: [string, number, boolean, number, number?][]): SourceDoc {
  const lines: Line[] = spec.map(([text, fontSize, bold, y, width], i) => ({
    text, lineNo: i + 1, page: 1, pageTop: i === 0,
    layout: { fontSize, bold, x: 90, y, width: width ?? 400, pageWidth: 595, pageHeight: 842 },
  }));
  return { path: 'synthetic.pdf', kind: 'pdf', encoding: 'pdf', sha256: '', bytes: 0, lines, warnings: [] };
}

describe('a band of headlines on a PDF page', () => {
  it('leaves a heading in headline type inside the band\u2019s text to its type size: a headline, not a sub-heading', () => {
    const doc = pdfDoc([
      ['量子计算原型机再获突破', 22, true, 90, 260],
      ['新型储能电池实现千次循环', 18, true, 130, 280],
      ['记者从中国科学技术大学获悉，该校研究团队成功构建了新一代量子计算原型机，在特定', 10.5, false, 170],
      ['任务上的求解速度比目前最快的超级计算机快出许多个数量级。', 10.5, false, 185, 330],
      ['本报记者 张伟', 10.5, false, 205, 80],
      ['近日，一种新型固态储能电池在实验室完成了一千次充放电循环测试，容量保持率超过九', 10.5, false, 230],
      ['成，为大规模储能应用提供了新的技术路线。', 10.5, false, 245, 250],
      ['本报记者 李明', 10.5, false, 265, 80],
      ['城市更新项目集中开工', 22, true, 300, 240],
      ['本市二十个城市更新项目昨日集中开工，总投资超过三百亿元，涉及老旧小区改造、街区', 10.5, false, 340],
      ['提升和公共空间建设等多个方面，预计明年年底前全部完工。', 10.5, false, 355, 330],
    ]);
    const articles = parseBulletin(doc).articles;
    expect(articles.map((a) => a.title)).toEqual(['量子计算原型机再获突破', '新型储能电池实现千次循环', '城市更新项目集中开工']);
    expect(articles.map((a) => a.byline)).toEqual(['本报记者 张伟', '本报记者 李明', null]);
    expect(articles[1].subheads).toEqual([]);
  });
});

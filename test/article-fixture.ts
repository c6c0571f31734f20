/**
 * A small issue written for the article page's tests (not from the samples): three articles, the second of which
 * a bad parse glued to the start of another story (its last two paragraphs), so it can be split and merged back.
 */
import { createHash } from 'node:crypto';
import { understandBulletin } from '../src/pipeline/understand.js';
import { openStore } from '../src/store/open.js';
import type { Bulletin } from '../src/types.js';

const article = (section: string, title: string, paragraphs: string[], lineStart: number) => ({
  section, title, byline: null, subheads: [], body: paragraphs.join('\n\n'), captions: [], page: 1, lineStart, lineEnd: lineStart + paragraphs.length,
});

export const GLUED_SECOND_TITLE = '某省发布新能源汽车充电设施三年行动方案';

/** The issue: publication and date left out on purpose (an import that did not find them). */
export function articleIssue(title = '工信部部署推进5G网络共建共享'): Bulletin {
  return {
    publication: null,
    issueDate: null,
    sections: ['产业环境', '企业情报'],
    articles: [
      article('产业环境', title, [
        '11月18日，工业和信息化部召开专题会议，部署推进5G网络共建共享工作。',
        '会议指出，前三季度全国新建5G基站32.3万个，共建共享节约投资超过600亿元。',
      ], 3),
      article('产业环境', '三大运营商公布10月运营数据', [
        '中国移动、中国电信和中国联通近日公布10月运营数据，5G套餐用户合计突破9亿户。',
        '其中中国移动5G套餐用户净增1020万户，累计达到5.7亿户。',
        GLUED_SECOND_TITLE,
        '方案提出，到2024年全省建成公共充电桩8万个，高速公路服务区快充站实现全覆盖。',
        '省发展改革委有关负责人表示，将对新建充电站给予每千瓦300元的建设补贴。',
      ], 7),
      article('企业情报', '华为发布新一代昇腾AI芯片', [
        '华为公司11月17日在深圳发布新一代昇腾AI芯片，算力较上一代提升一倍。',
        '华为轮值董事长表示，新芯片将率先用于智能汽车和数据中心。',
      ], 14),
    ],
    warnings: [],
  };
}

/** Stores the issue (enriched, as an import does) at `location`; returns its id and article ids in order. */
export async function storeArticleIssue(location: string, bulletin = articleIssue()): Promise<{ issueId: number; ids: number[] }> {
  const store = await openStore(location);
  try {
    const text = JSON.stringify(bulletin);
    const source = { path: 'fixtures/article-page.txt', sha256: createHash('sha256').update(text).digest('hex'), bytes: text.length, encoding: 'utf-8', kind: 'text' as const };
    const { issueId } = await store.issues.import(source, bulletin, understandBulletin(bulletin));
    return { issueId, ids: (await store.articles.list({ issueId })).map((a) => a.id) };
  } finally {
    await store.close();
  }
}

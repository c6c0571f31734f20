import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyKnowledge, JianbaoError, openJianbao, resolveConfig, type Actor } from '../src/core/index.js';
import { trainSectionModel } from '../src/enrich/index.js';
import { understandArticle, understandingVersion } from '../src/pipeline/understand.js';
import { BACKENDS, type TestBackend } from './backends.js';
import { runCli } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-knowledge-'));
afterAll(async () => {
  // Later test files in this worker start from the bundled data again.
  await (await openJianbao(resolveConfig({ flags: { store: join(dir, 'reset.db') } }))).close();
  rmSync(dir, { recursive: true, force: true });
});

const actor: Actor = { id: 'tester', role: 'editor' };

/** A team's overlay folder: the section 政策法规, the alias 网信办 and a regulator with an alias of its own. */
function overlay(): string {
  const k = join(dir, 'knowledge');
  mkdirSync(k, { recursive: true });
  writeFileSync(
    join(k, 'sections.json'),
    JSON.stringify({
      sections: [
        {
          name: '政策法规',
          description: 'laws, rules and the regulators that make them',
          lexicon: { 法规: 3, 规定: 3, 条例: 3, 征求意见稿: 3, 管理办法: 3, 施行: 3, 监管: 2, 网信办: 3 },
        },
      ],
    }),
  );
  writeFileSync(
    join(k, 'orgs.json'),
    JSON.stringify({
      orgs: [
        { name: '国家互联网信息办公室', aliases: ['网信办'] },
        { name: '国家数据局', kind: 'government', country: '中国', aliases: ['国数局'] },
      ],
    }),
  );
  writeFileSync(join(k, 'userdict.txt'), '数据出境\n个人信息保护认证 30000 n\n');
  return k;
}

/** A brief in a house style of its own: two rules of regulators, a company story and a technical one. */
const BRIEF = `数字治理周报
2024.03.22  第 1 页
数据出境新规公布施行
国家互联网信息办公室近日公布《促进和规范数据出境规定》，自公布之日起施行。规定明确了数据
出境安全评估、个人信息保护认证等制度的适用情形，并对自由贸易试验区负面清单作出安排。
（研究部 周文 整理）
公共数据资源开发利用意见征求意见稿发布
国家数据局就公共数据资源开发利用的指导意见征求意见稿公开征求意见，拟建立公共数据授权运营
管理办法，明确数据提供方、运营方和使用方的责任。
（研究部 吴洁 整理）
某手机厂商一季度出货量同比增长三成
某手机厂商公布一季度经营数据，智能手机出货量同比增长三成，其中海外市场贡献过半，高端机型
占比持续提升，公司计划年内在东南亚新建两座工厂。
（研究部 郑航 整理）
某芯片企业发布新一代存储控制器
某芯片企业发布新一代固态硬盘存储控制器，采用自研架构，顺序读取速度提升四成，功耗下降两成，
已向多家服务器厂商送样测试。
（研究部 孙悦 整理）
`;

function brief(): string {
  const f = join(dir, 'brief.txt');
  writeFileSync(f, BRIEF);
  return f;
}

/** Title, predicted section, entity names and version of every stored enrichment, read past the store interface. */
async function enrichments(backend: TestBackend, store: string) {
  const rows = await backend.sql(
    store,
    'SELECT a.title, e.data, e.version FROM articles a JOIN article_enrichment e ON e.article_id = a.id ORDER BY a.id',
  );
  return rows.map((r) => {
    const data = (typeof r.data === 'string' ? JSON.parse(r.data) : r.data) as {
      predictedSection: { name: string; ranking: { name: string }[] } | null;
      entities: { name: string }[];
      keywords: { word: string }[];
    };
    return {
      title: r.title as string,
      section: data.predictedSection?.name ?? null,
      ranked: data.predictedSection?.ranking.map((r) => r.name) ?? [],
      entities: data.entities.map((e) => e.name),
      keywords: data.keywords.map((k) => k.word),
      version: r.version as string,
    };
  });
}

describe.each(BACKENDS)('a team knowledge overlay on $name', (backend) => {
  it('adds a section 政策法规 and the alias 网信办 → 国家互联网信息办公室, and a re-enrichment uses them', async () => {
    const store = await backend.migrated();
    const file = brief();
    const plain = await openJianbao(resolveConfig({ flags: { store } }));
    try {
      expect((await plain.issues.importFile(actor, file)).status).toBe('imported');
    } finally {
      await plain.close();
    }
    const before = await enrichments(backend, store);
    expect(before).toHaveLength(4);
    expect(before.flatMap((a) => a.ranked)).not.toContain('政策法规');

    // The overlay changes the enrichment version: an enrichment run (`jianbao enrich`) redoes exactly the stale articles.
    const k = overlay();
    const withOverlay = await openJianbao(resolveConfig({ flags: { store, knowledge: k } }));
    try {
      expect(await withOverlay.enrichment.enrich(actor)).toMatchObject({ enriched: 4, upToDate: 0 });
      const after = await enrichments(backend, store);
      expect(after[0].section).toBe('政策法规');
      expect(after.map((a) => a.section).slice(2)).toEqual(before.map((a) => a.section).slice(2));
      for (const a of after) expect(a.ranked).toContain('政策法规');
      expect(after[0].version).not.toBe(before[0].version);
      expect(after[0].entities).toContain('国家互联网信息办公室');
      expect(after[1].entities).toContain('国家数据局');
      // The team's dictionary word is one word now.
      expect(before[0].keywords).not.toContain('数据出境');
      expect(after[0].keywords).toContain('数据出境');
      expect(await withOverlay.enrichment.enrich(actor)).toMatchObject({ enriched: 0, upToDate: 4 });

      // Search by an alias finds the articles naming the organisation in full; the team's own alias only with the overlay.
      const titles = async (core: typeof withOverlay, query: string) => (await core.search.search(actor, { query, filters: {} })).hits.map((h) => h.title);
      expect(await titles(withOverlay, '网信办')).toEqual(['数据出境新规公布施行']);
      expect(await titles(withOverlay, '国数局')).toEqual(['公共数据资源开发利用意见征求意见稿发布']);
    } finally {
      await withOverlay.close();
    }
    const without = await openJianbao(resolveConfig({ flags: { store } }));
    try {
      expect((await without.search.search(actor, { query: '国数局', filters: {} })).hits).toEqual([]);
    } finally {
      await without.close();
    }
  });

  it('enriches new imports through the core with the overlay the configuration names', async () => {
    const store = await backend.migrated();
    const jianbao = await openJianbao(resolveConfig({ flags: { store, knowledge: overlay() } }));
    try {
      await jianbao.issues.importFile(actor, brief());
    } finally {
      await jianbao.close();
    }
    const stored = await enrichments(backend, store);
    expect(stored[0].section).toBe('政策法规');
    expect(stored[1].entities).toContain('国家数据局');
  });
});

describe('a trained section model and the overlay', () => {
  it('is set aside while the overlay changes the house sections, and used again without it', () => {
    applyKnowledge(null);
    const labelled = BRIEF.split('\n').filter((l) => l.length > 30).map((body, i) => ({ article: { title: `第${i}条`, body }, section: i % 2 ? '企业情报' : '产业环境' }));
    const context = { docFreq: { documents: 0, frequencies: {} }, sectionModel: trainSectionModel(labelled) };
    const article = { title: '数据出境新规公布施行', body: BRIEF.split('\n')[3] };
    const issue = { issueDate: '2024-03-22', publication: '数字治理周报' };
    expect(understandingVersion(context)).toMatch(/\+m[0-9a-f]{8}$/);
    applyKnowledge(overlay());
    // Trained on five sections, the model cannot say 政策法规: the lexicon priors decide until the next training.
    expect(understandingVersion(context)).not.toContain('+m');
    expect(understandArticle(article, issue, context).enrichment.predictedSection?.name).toBe('政策法规');
    applyKnowledge(null);
    expect(understandingVersion(context)).toMatch(/\+m[0-9a-f]{8}$/);
  });
});

describe('a bad overlay', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ['broken JSON', { 'sections.json': '{"sections": [' }, /sections\.json: not JSON/],
    ['a section without lexicon', { 'sections.json': '{"sections": [{"name": "政策法规"}]}' }, /sections\.json: sections\.0\.lexicon: /],
    ['an organisation of an unknown kind', { 'orgs.json': '{"orgs": [{"name": "某局", "kind": "ministry"}]}' }, /orgs\.json: orgs\.0\.kind: /],
    ['a dictionary line that is not `word freq tag`', { 'userdict.txt': '数据出境\n两 个 词 多\n' }, /userdict\.txt: line 2: expected "word \[freq\] \[tag\]"/],
    ['a misspelt file name', { 'section.json': '{}' }, /section\.json: not a knowledge file/],
  ];
  it.each(cases)('%s is one invalid-input error naming the file, and nothing is opened', async (_, files, message) => {
    const k = mkdtempSync(join(dir, 'bad-'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(k, name), text);
    const store = join(k, 'never.db');
    const error = await openJianbao(resolveConfig({ flags: { store, knowledge: k } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JianbaoError);
    expect((error as JianbaoError).kind).toBe('invalid-input');
    expect((error as JianbaoError).message).toMatch(message);
    expect((error as JianbaoError).message).toContain(k);
  });

  it('a missing folder is one line on the command line, exit code 1', async () => {
    const run = await runCli(['list', '--db', join(dir, 'none.db'), '--knowledge', join(dir, 'no-such-folder')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`jianbao: ${join(dir, 'no-such-folder')}: no such knowledge folder\n`);
  });
});

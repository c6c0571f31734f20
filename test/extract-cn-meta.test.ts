import { describe, expect, it } from 'vitest';
import { trimCnBody } from '../src/extract/cn-body-edges.js';
import { headedWriterCard, readCnMetaLines, stripCnMetaLines, writerCard } from '../src/extract/cn-meta.js';

describe('Chinese metadata lines', () => {
  it.each([
    ['发布时间：2021-10-19 08:30　来源：工业和信息化部　作者：李明', { published: '2021-10-19T08:30:00', source: '工业和信息化部', author: '李明' }],
    ['2021-10-19 08:30:00  来源：中国电子报  浏览次数：1234', { published: '2021-10-19T08:30:00', source: '中国电子报' }],
    ['【来源：新华社】【作者：王芳】【字号：大 中 小】', { source: '新华社', author: '王芳' }],
    ['2021年10月19日 09:15　来源：新华网', { published: '2021-10-19T09:15:00', source: '新华网' }],
    ['发布时间：2021年10月19日 09时15分　来源：新华网', { published: '2021-10-19T09:15:00', source: '新华网' }],
    ['智能制造前沿 2021-10-19 09:15 浙江', { published: '2021-10-19T09:15:00', source: '智能制造前沿', author: null }],
    ['稿源：中国电子报 | 2021-10-19 09:15', { published: '2021-10-19T09:15:00', source: '中国电子报' }],
    ['作者：小编　2021-10-19', { published: '2021-10-19', author: null }],
    ['发布者：系统管理员 发布时间：2021-10-19', { published: '2021-10-19', author: null }],
    ['作者：综合 来源：新华社', { source: '新华社', author: null }],
    ['作者：中国电子报 记者 张三', { author: '张三' }],
    ['作者：Tom Lee | 2021-10-19', { author: 'Tom Lee' }],
    ['文｜王志强', { author: '王志强' }],
    ['李明 · 2小时前 1.3万阅读', { published: null, source: null, author: '李明' }],
    ['本报记者 张伟', { author: '张伟' }],
    ['（责任编辑：刘洋）', { editor: '刘洋' }],
  ])('reads %s', (line, want) => {
    expect(readCnMetaLines([line])).toMatchObject(want);
  });

  it('leaves sentences that merely start with 记者 or 时间 in the body', () => {
    const body = ['记者近日从工业和信息化部获悉，今年前三季度电子信息制造业增加值同比增长17.9%。', '时间紧、任务重，各地要抓紧推进网络建设，确保年底前完成既定目标。'];
    expect(stripCnMetaLines(body).paragraphs).toEqual(body);
  });

  it('strips metadata lines only near the start and end of the body', () => {
    const middle = Array.from({ length: 10 }, (_, i) => `第${i + 1}段正文，内容足够长，用来确认中间位置的段落不会被当作元数据行删除。`);
    const paragraphs = ['来源：人民邮电报', ...middle.slice(0, 5), '编辑：王芳', ...middle.slice(5), '责任编辑：刘洋'];
    const { paragraphs: kept, meta } = stripCnMetaLines(paragraphs);
    // A 责任编辑 line after the text is read and kept for the body's edges, which end the article there (with any
    // teaser of the next page under it).
    expect(kept).toEqual([...middle.slice(0, 5), '编辑：王芳', ...middle.slice(5), '责任编辑：刘洋']);
    expect(meta).toMatchObject({ source: '人民邮电报', editor: '刘洋' });
    const teaser = ['下一篇：5G基站建设提速', '记者从工业和信息化部获悉，今年前三季度新建5G基站数量同比增长超过三成。'];
    expect(trimCnBody([...kept, ...teaser]).paragraphs).toEqual([...middle.slice(0, 5), '编辑：王芳', ...middle.slice(5)]);
  });

  it('ends the article at a dated 责任编辑 line and keeps the short line above it as the text\u2019s last', () => {
    const text = '今年前三季度，全省电子信息制造业增加值同比增长17.9%，增速比上半年加快2.1个百分点，高于全部工业增速。'.repeat(2);
    const next = '记者从工业和信息化部获悉，今年前三季度新建5G基站数量同比增长超过三成，覆盖全部地级市城区。';
    const { paragraphs: kept, meta } = stripCnMetaLines([text, '文章最后一行短句子', '责任编辑：张三 2024-01-05 10:00', next]);
    expect(meta.editor).toBe('张三');
    expect(trimCnBody(kept).paragraphs).toEqual([text, '文章最后一行短句子']);
  });
});

describe('a writer\u2019s card with a follow button', () => {
  it('names the writer on separate lines or on one, and never an outlet or a line without the button', () => {
    expect(writerCard(['白露', '专注新能源与储能', '订阅'])).toBe('白露');
    expect(writerCard(['首页 快讯', '江明 跟踪算力与通信 + 关注'])).toBe('江明');
    expect(writerCard(['新华社', '+关注'])).toBeNull();
    expect(writerCard(['江明', '跟踪算力与通信'])).toBeNull();
  });
});

describe('labels printed alone in a table\u2019s cells', () => {
  it('joins a bracketed or spaced-out label to the next cell, and an empty cell\u2019s label to nothing', () => {
    expect(readCnMetaLines(['来　　源：', '江城晚报', '作　　者：', '韩雪', '发布时间：', '2026-11-19 08:15'])).toMatchObject({ published: '2026-11-19T08:15:00', source: '江城晚报', author: '韩雪' });
    expect(readCnMetaLines(['[来源]', '某某信息网', '[作者]', '[日期]', '2024-09-03 10:20'])).toMatchObject({ published: '2024-09-03T10:20:00', source: '某某信息网', author: null });
    // A bracketed word that is no label stays a line of its own.
    expect(readCnMetaLines(['【热点】', '某某信息网'])).toMatchObject({ source: null, author: null });
  });
});

describe('a writer\u2019s card under its heading', () => {
  it('names the person after the heading, and never an outlet or a name without the heading', () => {
    expect(headedWriterCard(['热门文章', '关于作者', '唐棠 科技编辑'])).toBe('唐棠');
    expect(headedWriterCard(['作者信息', '某某日报'])).toBeNull();
    expect(headedWriterCard(['唐棠', '科技编辑'])).toBeNull();
  });

  it('tells a name read beside the date without a label from a labelled one, which a card does not outrank', () => {
    expect(readCnMetaLines(['产业 2024-11-18 16:02'])).toMatchObject({ author: '产业', authorUnlabelled: true });
    expect(readCnMetaLines(['作者：唐棠 2024-11-18 16:02'])).toMatchObject({ author: '唐棠', authorUnlabelled: false });
  });
});

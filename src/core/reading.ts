/**
 * Reading one input without a store: a bulletin file parsed (and enriched), one web page extracted, one parse
 * scored against its gold annotation. Pure reads, so they take the configuration, not an actor. Each loads its
 * stages when called, so a shell importing the core pays nothing for what it does not run.
 */
import type { Enrichment } from '../enrich/types.js';
import type { EvalReport } from '../eval/metrics.js';
import type { ExtractedPage } from '../extract/extract-article.js';
import type { SourceMeta } from '../store/types.js';
import type { Article, Bulletin } from '../types.js';
import type { JianbaoConfig } from './config.js';
import { fetcherOptions } from './services/sources.js';

/** An issue as `jianbao parse` prints it: the parse, each article with its enrichment when asked, the source. */
export interface ParsedIssue extends Omit<Bulletin, 'articles'> {
  articles: (Article & Partial<Omit<Enrichment, 'fingerprint'>>)[];
  source: SourceMeta;
}

/** Reads and parses one bulletin file (text dump, PDF, HTML) under the config's size cap; with `enrich`, enriches each article. */
export async function parseFile(config: Readonly<JianbaoConfig>, path: string, options: { enrich?: boolean } = {}): Promise<{ issue: ParsedIssue; markdown: string }> {
  const { readBulletin } = await import('../pipeline/read-bulletin.js');
  const { enrichBulletin, enrichmentFields, enrichmentNotes } = await import('../pipeline/enrich-bulletin.js');
  const { bulletinToMarkdown } = await import('../bulletin/markdown.js');
  const { doc, bulletin } = await readBulletin(path, { maxBytes: config.maxInputBytes });
  const enriched = options.enrich ? enrichBulletin(bulletin) : null;
  const source = { path: doc.path, kind: doc.kind, encoding: doc.encoding, sha256: doc.sha256, bytes: doc.bytes };
  const articles = enriched ? bulletin.articles.map((a, i) => ({ ...a, ...enrichmentFields(enriched[i]) })) : bulletin.articles;
  const markdown = bulletinToMarkdown(bulletin, (_, i) => (enriched ? enrichmentNotes(enriched[i]) : []));
  return { issue: { ...bulletin, articles, source }, markdown };
}

/** A URL (not a Windows path such as C:\…) rather than a file. */
const isUrl = (input: string) => /^[a-z][a-z0-9+.-]*:/i.test(input) && !/^[a-z]:[\\/]/i.test(input);

/**
 * Extracts one web page's article: from a saved HTML file, or fetched from a URL under the config's fetch limits
 * and address policy. A page that cannot be had (404, timeout, refused address, a folder) throws `<input>: <problem>`.
 */
export async function extractPage(config: Readonly<JianbaoConfig>, input: string): Promise<ExtractedPage> {
  if (isUrl(input)) {
    const { createFetcher, fetchArticle } = await import('../fetch/index.js');
    return fetchArticle(input, createFetcher(fetcherOptions(config.fetch)));
  }
  const { readFile } = await import('node:fs/promises');
  const { invalidInput, notFound } = await import('./errors.js');
  let bytes: Buffer;
  try {
    bytes = await readFile(input);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw notFound(input, '没有这个文件 (no such file)', e);
    throw invalidInput(input, code === 'EISDIR' ? '这是文件夹，不是 HTML 文件 (is a folder, not an HTML file)' : code === 'EACCES' ? '没有读取权限 (permission denied)' : (e as Error).message, e);
  }
  const { extractArticle } = await import('../extract/index.js');
  return extractArticle(bytes);
}

/** A parse scored against its gold annotation, whether every figure meets its bar, and the report as text. */
export interface Evaluation {
  report: EvalReport;
  pass: boolean;
  text: string;
}

/** Parses a bulletin as import does and scores it against a gold annotation (testdata/gold format). */
export async function evaluateFile(config: Readonly<JianbaoConfig>, gold: string, file: string): Promise<Evaluation> {
  const { evaluateFiles, formatReport, meetsBars } = await import('../eval/index.js');
  const report = await evaluateFiles(gold, file, { maxBytes: config.maxInputBytes });
  return { report, pass: meetsBars(report), text: formatReport(report) };
}

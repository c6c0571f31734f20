import type { Command } from 'commander';
import { lexiconModel, trainSectionModel } from '../../enrich/index.js';
import { displayLocation } from '../../store/location.js';
import { openStore } from '../../store/open.js';
import { articleContext } from '../../pipeline/understand.js';
import { editorSections } from '../../pipeline/corrections.js';
import { asDraftStore, type Store } from '../../store/types.js';
import { count, dbOption } from '../options.js';

/** The sections editors chose in drafts, by article (see pipeline/corrections.ts); none on a store without drafts. */
async function corrections(store: Store, location: string, house: Set<string>): Promise<Map<number, string>> {
  let drafts: ReturnType<typeof asDraftStore>;
  try {
    drafts = asDraftStore(store, location);
  } catch {
    return new Map();
  }
  const all = [];
  for (const d of [...(await drafts.listDrafts())].reverse()) {
    const draft = await drafts.getDraft(d.id);
    if (draft) all.push({ draft, changes: await drafts.listChanges(d.id) });
  }
  return editorSections(all, house);
}

/**
 * `jianbao train [--db PATH]`: trains the section model from every stored article printed under a house
 * section, and from every article an editor moved into a house section of a draft (the editor's section wins
 * over the printed one), and saves it in the store; enrichment uses it from then on (`jianbao enrich` applies it
 * to the articles already stored). Training is deterministic: the same articles give the same model.
 */
export function registerTrain(program: Command): void {
  program
    .command('train')
    .description('train the section model from stored articles printed under house sections')
    .addOption(dbOption())
    .action(async (opts: { db: string }) => {
      const store = await openStore(opts.db, { mustExist: true });
      try {
        const houseSections = new Set(lexiconModel().sections);
        const issues = new Map((await store.listIssues()).map((i) => [i.id, i]));
        const edited = await corrections(store, displayLocation(opts.db), houseSections);
        const articles = (await store.listArticles()).map((a) => (edited.has(a.id) ? { ...a, section: edited.get(a.id)! } : a));
        const labelled = articles.filter((a) => a.section !== null && houseSections.has(a.section));
        if (!labelled.length) {
          throw new Error(`${displayLocation(opts.db)}: no stored article is printed under a house section (${[...houseSections].join(', ')})`);
        }
        const model = trainSectionModel(
          labelled.map((a) => {
            const issue = articleContext(a, issues);
            return { article: { title: a.title, body: a.body, date: issue.issueDate, source: issue.publication }, section: a.section! };
          }),
        );
        await store.saveSectionModel(model);
        const other = articles.filter((a) => a.section !== null && !houseSections.has(a.section)).length;
        const bySection = [...houseSections].map((s) => `${s} ${labelled.filter((a) => a.section === s).length}`).join(', ');
        process.stdout.write(
          `trained the section model on ${count(labelled.length, 'article')} (${bySection})` +
            `${edited.size ? `, ${count(edited.size, "editor's correction")} among them` : ''}` +
            `${other ? `; ${count(other, 'article')} under other headings left out` : ''}; run \`jianbao enrich\` to apply it\n`,
        );
      } finally {
        await store.close();
      }
    });
}

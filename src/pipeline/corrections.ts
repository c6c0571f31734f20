/**
 * Editors' corrections as labelled examples: an article an editor moved (`issue edit --move`) or placed
 * (`issue edit --add --to`) into a house section of a draft is labelled with the section it sits in now. The
 * draft's other placements came from the printed section or the model, so they teach nothing new.
 */
import type { IssueChange, IssueDraft } from '../compose/types.js';

/** The article id an edit-log line names: `#17 …`, or `article 17 …` in logs written before they were in zh-CN. */
const EDITED_ARTICLE = /^(?:#|article )(\d+)\b/;

/**
 * An addition whose section the editor chose: `… 到「S」` (a predicted one says `到预测栏目「S」`), or ` to S` in
 * logs written before they were in zh-CN (a predicted one said ` in S`).
 */
const CHOSEN_PLACE = / 到「[^」]*」$| to /;

/**
 * Article id → section chosen by an editor, over drafts in the order given (a later draft's choice wins).
 * Only sections in `house` count.
 */
export function editorSections(drafts: { draft: IssueDraft; changes: IssueChange[] }[], house: Set<string>): Map<number, string> {
  const chosen = new Map<number, string>();
  for (const { draft, changes } of drafts) {
    const placed = new Map<number, string>();
    for (const s of draft.sections) for (const e of s.entries) placed.set(e.articleId, s.name);
    for (const c of changes) {
      if (c.what !== 'move' && !(c.what === 'add' && CHOSEN_PLACE.test(c.detail))) continue;
      const id = Number(EDITED_ARTICLE.exec(c.detail)?.[1]);
      const section = placed.get(id);
      if (section && house.has(section)) chosen.set(id, section);
    }
  }
  return chosen;
}

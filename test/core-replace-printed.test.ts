import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKENDS } from './backends.js';
import { as, openCore, rejection } from './core-fixture.js';

const SAMPLE = 'samples/003_8913e8f3e5978f8d.txt';
const editor = as('editor', 'li');

describe.each(BACKENDS)('--replace and a bulletin under sign-off ($name)', (backend) => {
  it('refuses to replace an issue a 待审 bulletin prints, and keeps the issue, its articles and the bulletin', async () => {
    const j = await openCore(await backend.migrated());
    try {
      const bytes = readFileSync(SAMPLE);
      const first = await j.issues.importBytes(editor, 'weekly.txt', bytes);
      const issue = (await j.issues.list(editor)).find((i) => i.id === first.issueId)!;
      const { id } = await j.bulletins.compose(editor, { from: issue.issueDate!, to: issue.issueDate! });
      const printed = (await j.bulletins.get(editor, id)).bulletin.sections.flatMap((s) => s.entries).map((e) => e.articleId);
      expect(printed.length).toBeGreaterThan(0);
      await j.bulletins.submit(editor, id);

      // Another read of the same issue (other bytes: a dump with one more line at its end).
      const reread = Buffer.concat([bytes, Buffer.from('\n（完）\n')]);
      const err = await rejection(j.issues.importBytes(editor, 'weekly-again.txt', reread, { sameIssue: 'replace' }));
      expect(err).toMatchObject({ kind: 'conflict' });
      expect(err.message).toContain('待审');
      expect((await j.issues.list(editor)).map((i) => i.id)).toEqual([first.issueId]);
      const after = (await j.bulletins.get(editor, id)).bulletin;
      expect(after.status).toBe('submitted');
      expect(after.sections.flatMap((s) => s.entries).map((e) => e.articleId)).toEqual(printed);
      for (const articleId of printed) expect((await j.articles.get(editor, articleId)).article.id).toBe(articleId);
    } finally {
      await j.close();
    }
  }, 60_000);
});

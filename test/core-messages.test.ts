import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile, resolveConfig } from '../src/core/index.js';
import { BACKENDS } from './backends.js';
import { SAMPLES } from './cli-run.js';
import { as, openCore } from './core-fixture.js';

describe('messages from reading a bulletin', () => {
  it('keep information apart from warnings, each with a code, and every text in warnings as before', async () => {
    const { issue } = await parseFile(resolveConfig(), SAMPLES[2]);
    const messages = issue.messages!;
    expect(issue.warnings).toEqual(messages.map((m) => m.message));
    expect(messages).toContainEqual({ level: 'info', code: 'furniture-removed', message: expect.stringMatching(/^\d+ page header\/footer lines recognised and removed$/) });
    for (const m of messages) expect(m.code).toMatch(/^[a-z-]+$/);
  });
});

describe.each(BACKENDS)('stored messages on $name', (backend) => {
  it('are kept with the issue; imports count only warnings; warnings stored as plain strings read back as legacy warnings', async () => {
    const db = await backend.migrated();
    const jianbao = await openCore(db);
    try {
      const r = await jianbao.issues.importFile(as('editor'), SAMPLES[0]);
      expect(r.warnings).toBe(r.messages.filter((m) => m.level === 'warning').length);
      expect(r.messages.some((m) => m.level === 'info')).toBe(true);
      const [issue] = await jianbao.issues.list(as('reader'));
      expect(issue.messages).toEqual(r.messages);
      // A reader (client) is told the file's name, not where the newsroom keeps it; an editor sees the whole path.
      expect(issue.source.path).toBe(basename(SAMPLES[0]));
      expect((await jianbao.issues.list(as('editor')))[0].source.path).toBe(SAMPLES[0]);
      expect(issue.warnings).toEqual(r.messages.map((m) => m.message));
      expect((await jianbao.issues.importFile(as('editor'), SAMPLES[0]))).toMatchObject({ status: 'unchanged', warnings: r.warnings, messages: r.messages });

      // A store written before messages holds the texts alone: every one of them was, and stays, a warning.
      await backend.sql(db, `UPDATE issues SET warnings = '["第3行：无法识别的版面","line 9: article has no body"]'`);
      const [old] = await jianbao.issues.list(as('reader'));
      expect(old.messages).toEqual([
        { level: 'warning', code: 'legacy', message: '第3行：无法识别的版面' },
        { level: 'warning', code: 'legacy', message: 'line 9: article has no body' },
      ]);
      expect(old.warnings).toEqual(['第3行：无法识别的版面', 'line 9: article has no body']);
      expect(await jianbao.issues.importFile(as('editor'), SAMPLES[0])).toMatchObject({ status: 'unchanged', warnings: 2 });
    } finally {
      await jianbao.close();
    }
  }, 60_000);
});

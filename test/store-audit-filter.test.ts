import { describe, expect, it } from 'vitest';
import { openStore } from '../src/store/open.js';
import { BACKENDS } from './backends.js';

describe.each(BACKENDS)('the audit log filter on $name', (backend) => {
  it('names one object exactly (article:1 is not article:12) or a whole kind, and takes % and _ as text', async () => {
    const store = await openStore(await backend.migrated());
    const objects = ['article:1', 'article:12', 'bulletin:2', 'source:https://a.example/100%_x', 'source:https://a.example/1000x'];
    for (const object of objects) await store.audit.record({ at: '2026-12-06T10:00:00Z', actor: 'li', role: 'editor', action: 'x.edit', object, detail: object, before: null, after: null });
    const listed = async (object: string) => (await store.audit.list({ object })).map((e) => e.object).sort();
    expect(await listed('article:1')).toEqual(['article:1']);
    expect(await listed('article:')).toEqual(['article:1', 'article:12']);
    expect(await listed('article')).toEqual(['article:1', 'article:12']);
    expect(await listed('source:https://a.example/100%_x')).toEqual(['source:https://a.example/100%_x']);
    expect(await listed('source')).toHaveLength(2);
    expect(await listed('articles')).toEqual([]);
    await store.close();
  });
});

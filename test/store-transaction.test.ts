import { describe, expect, it } from 'vitest';
import { readBulletin } from '../src/pipeline/read-bulletin.js';
import { openStore } from '../src/store/open.js';
import type { NewSource } from '../src/store/types.js';
import { BACKENDS } from './backends.js';
import { as, openCore, rejection } from './core-fixture.js';

const source = (n: number): NewSource => ({ url: `https://news.example.cn/${n}/rss.xml`, name: `源${n}`, section: null, everySeconds: 3600 });
const entry = (object: string) => ({ at: '2026-12-06T00:00:00.000Z', actor: 'ed', role: 'editor', action: 'source.add', object, detail: '测试', before: null, after: { n: 1 } });

describe.each(BACKENDS)('store.transaction on $name', (backend) => {
  it('commits a change and its audit entry together when fn resolves', async () => {
    const store = await openStore(await backend.migrated());
    const added = await store.transaction(async (tx) => {
      const s = await tx.sources.add(source(1));
      await tx.audit.record(entry(`source:${s.id}`));
      return s;
    });
    expect((await store.sources.list()).map((s) => s.url)).toEqual([added.url]);
    expect((await store.audit.list()).map((e) => e.object)).toEqual([`source:${added.id}`]);
    await store.close();
  });

  it('rolls back everything, the audit entry and a whole import included, when fn throws, and rethrows', async () => {
    const location = await backend.migrated();
    const store = await openStore(location);
    const { doc, bulletin } = await readBulletin('samples/000_3cef4383265ce24c.txt');
    const failure = await rejection(
      store.transaction(async (tx) => {
        const s = await tx.sources.add(source(2));
        await tx.audit.record(entry(`source:${s.id}`));
        expect((await tx.issues.import(doc, bulletin)).status).toBe('imported');
        // A call on the store itself inside fn joins the transaction: it sees the uncommitted rows.
        expect(await store.sources.list()).toHaveLength(1);
        throw new Error('编辑取消');
      }),
    );
    expect(failure.message).toMatch(/编辑取消$/);
    expect(await store.sources.list()).toEqual([]);
    expect(await store.audit.list()).toEqual([]);
    expect(await store.issues.list()).toEqual([]);
    expect(await backend.tables(location)).toEqual({ source_files: [], issues: [], articles: [] });
    await store.close();
  });

  it('runs a nested transaction as part of the outer one', async () => {
    const store = await openStore(await backend.migrated());
    await rejection(
      store.transaction(async (tx) => {
        await store.transaction(async (inner) => inner.sources.add(source(3)));
        await tx.sources.add(source(4));
        throw new Error('abort');
      }),
    );
    expect(await store.sources.list()).toEqual([]);
    await store.transaction(async () => store.transaction(async (inner) => inner.sources.add(source(5))));
    expect((await store.sources.list()).map((s) => s.name)).toEqual(['源5']);
    await store.close();
  });

  it('keeps a core change and its audit entry together: when the entry cannot be written, the change is undone', async () => {
    const jianbao = await openCore(await backend.migrated());
    // An actor with no id passes the role check, but the audit log refuses the entry (actor NOT NULL).
    const nameless = { id: null as unknown as string, role: 'admin' as const };
    expect(await rejection(jianbao.sources.add(nameless, { url: 'https://news.example.cn/feed.xml' }))).toBeInstanceOf(Error);
    expect(await jianbao.sources.list(as('admin'))).toEqual([]);
    const added = await jianbao.sources.add(as('admin', 'ed'), { url: 'https://news.example.cn/feed.xml' });
    expect(await rejection(jianbao.sources.remove(nameless, added.id))).toBeInstanceOf(Error);
    expect((await jianbao.sources.list(as('admin'))).map((s) => s.source.id)).toEqual([added.id]);
    expect((await jianbao.audit.list(as('admin'))).map((e) => e.action)).toEqual(['source.add']);
    await jianbao.close();
  });
});

describe('store.transaction on one SQLite connection', () => {
  it('makes other calls wait for an open transaction instead of running inside it', async () => {
    const store = await openStore(await BACKENDS[0].migrated());
    let proceed!: () => void;
    const held = new Promise<void>((resolve) => (proceed = resolve));
    let added!: () => void;
    const inside = new Promise<void>((resolve) => (added = resolve));
    const tx = store.transaction(async (t) => {
      await t.sources.add(source(6));
      added();
      await held;
      throw new Error('rolled back');
    });
    await inside;
    // Started while the transaction holds the connection: it must neither see its uncommitted row nor be part of it.
    const outside = store.sources.list();
    const written = store.sources.add(source(7));
    proceed();
    await rejection(tx);
    expect(await outside).toEqual([]);
    expect((await written).name).toBe('源7');
    expect((await store.sources.list()).map((s) => s.name)).toEqual(['源7']);
    await store.close();
  });

  it('makes a users, jobs or login-failures write by another caller wait for an open transaction, and keeps it when that one rolls back', async () => {
    const store = await openStore(await BACKENDS[0].migrated());
    const jobs = store.jobs!;
    const at = '2026-12-06T00:00:00.000Z';
    const person = (name: string) => ({ name, role: 'editor' as const, edition: null, passwordHash: 'x', createdAt: at });
    let proceed!: () => void;
    const held = new Promise<void>((resolve) => (proceed = resolve));
    let added!: () => void;
    const inside = new Promise<void>((resolve) => (added = resolve));
    const tx = store.transaction(async () => {
      // A call on the store inside fn joins the transaction.
      await store.users.add(person('张三'));
      added();
      await held;
      throw new Error('rolled back');
    });
    await inside;
    // Started while the transaction is open: before the gate covered these repositories they ran inside it and were undone with it.
    const seen = store.users.list();
    const writes = Promise.all([
      store.users.add(person('李四')),
      jobs.add({ name: 'fetch', payload: { source: 1 }, key: null, exclusive: false, runAt: at, maxAttempts: 3 }),
      store.loginFailures.fail('user:李四', Date.parse(at)),
    ]);
    proceed();
    await rejection(tx);
    const [user, job, failures] = await writes;
    expect(await seen).toEqual([]);
    expect(user.name).toBe('李四');
    expect(failures).toBe(1);
    expect((await store.users.list()).map((u) => u.name)).toEqual(['李四']);
    expect((await jobs.list()).map((j) => j.id)).toEqual([job]);
    expect(await store.loginFailures.fail('user:李四', Date.parse(at))).toBe(2);
    await store.close();
  });

  it('runs two overlapping async transactions one after the other, never interleaved', async () => {
    const store = await openStore(await BACKENDS[0].migrated());
    const steps: string[] = [];
    const work = (name: string) =>
      store.transaction(async (tx) => {
        steps.push(`${name} begins`);
        const n = (await tx.sources.list()).length;
        // Yield to the event loop between the read and the write, where another transaction could step in.
        await new Promise((resolve) => setTimeout(resolve, 5));
        await tx.sources.add(source(10 + n));
        steps.push(`${name} ends`);
      });
    await Promise.all([work('a'), work('b')]);
    expect(steps).toEqual(['a begins', 'a ends', 'b begins', 'b ends']);
    expect((await store.sources.list()).map((s) => s.name)).toEqual(['源10', '源11']);
    await store.close();
  });

  it('lets two connections to one file write with open transactions, each waiting its turn', async () => {
    const location = await BACKENDS[0].migrated();
    const [a, b] = [await openStore(location), await openStore(location)];
    const slow = a.transaction(async (tx) => {
      await tx.sources.add(source(20));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.sources.add(source(21));
    });
    await b.sources.add(source(22));
    await slow;
    expect((await a.sources.list()).map((s) => s.name).sort()).toEqual(['源20', '源21', '源22']);
    await Promise.all([a.close(), b.close()]);
  });
});

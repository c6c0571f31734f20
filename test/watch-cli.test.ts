/**
 * `jianbao watch` end to end, as a user runs it: a watchlist with a webhook, `jianbao fetch` from a news site on
 * 127.0.0.1, `jianbao watch deliver` twice (one POST per matching article, then nothing), and bad input answered
 * in one line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNewsSite, startReceiver } from './alerts-servers.js';
import { BACKENDS } from './backends.js';
import { runCli as run } from './cli-run.js';

const ALLOW = { JIANBAO_ALLOW_NETWORKS: '127.0.0.1', USER: 'alice' };
const runCli = (args: string[]) => run(args, ALLOW);

let news: Awaited<ReturnType<typeof startNewsSite>>;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  [news, receiver] = await Promise.all([startNewsSite(), startReceiver()]);
  const body = (s: string) => [`${s}。有关方面表示，将进一步加强统筹协调，推动相关工作取得实效，为行业发展营造良好环境。`, '业内人士认为，政策落地见效还需要各方协同发力，企业应抓住机遇，加大投入，提升竞争力。'];
  news.publish({ slug: 'a', title: '工业和信息化部召开中小企业数字化转型推进会', paragraphs: body('工业和信息化部召开中小企业数字化转型推进会'), published: '2026-12-05T09:00:00+08:00' });
  news.publish({ slug: 'b', title: '储能电站装机规模创新高', paragraphs: body('今年以来新型储能电站装机规模创新高'), published: '2026-12-05T10:00:00+08:00' });
});
afterAll(async () => {
  await Promise.all([news.close(), receiver.close()]);
});

describe('jianbao watch', () => {
  it('alerts by webhook once per matching fetched article, however often fetch and deliver run', async () => {
    const db = await BACKENDS[0]!.fresh();
    expect((await runCli(['sources', 'add', `${news.base}/feed.xml`, '--db', db])).code).toBe(0);
    const added = await runCli(['watch', 'add', '工信部', '--query', '工信部', '--webhook', `${receiver.base}/hook?key=SECRET`, '--db', db]);
    expect(added).toMatchObject({ code: 0, stdout: `watchlist 工信部: query “工信部”; webhook ${receiver.base}/hook?… (json); owner alice\n` });

    const fetchArgs = ['fetch', '--db', db, '--host-delay', '0', '--retries', '0'];
    expect((await runCli(fetchArgs)).stdout).toContain('1 source polled: 2 new articles, 0 failed');
    expect((await runCli(['fetch', '--source', '1', ...fetchArgs.slice(1)])).stdout).toContain('0 new articles');
    const first = await runCli(['watch', 'deliver', '--db', db]);
    expect(first).toMatchObject({ code: 0, stdout: '0 articles matched: 0 new alerts, 0 volume alerts; 0 digests queued; 1 sent, 0 to retry, 0 given up\n' });
    const again = await runCli(['watch', 'deliver', '--db', db]);
    expect(again.stdout).toContain('0 sent');
    expect(receiver.received.map((r) => [r.path, (r.body as { article: { title: string } }).article.title])).toEqual([
      ['/hook?key=SECRET', '工业和信息化部召开中小企业数字化转型推进会'],
    ]);

    const alerts = await runCli(['watch', 'alerts', '--db', db]);
    expect(alerts.stdout).toMatch(/^1 unread alert\n\* 1 {2}\d{4}-\d\d-\d\d {2}\[工信部\] #\d+ 工业和信息化部召开中小企业数字化转型推进会\n$/);
    expect((await runCli(['watch', 'read', '--all', '--db', db])).stdout).toBe('1 alert marked read\n');
    expect((await runCli(['watch', 'outbox', '--db', db])).stdout).toMatch(/^1 {2}webhook {2}alert 1 {2}sent \S+ {2}\(1 attempt\)\n$/);
  });

  it('answers bad input in one line, with no stack trace', async () => {
    const db = await BACKENDS[0]!.fresh();
    const cases: [string[], RegExp][] = [
      [['watch', 'add', 'x', '--db', db], /^jianbao: watchlist\.query: 检索式为空，请输入检索词或筛选条件，如 tag:芯片 \(empty; give words to search for, or a filter such as tag:芯片\)\n$/],
      [['watch', 'add', 'x', '--query', '5G', '--webhook', 'http://127.0.0.1:9/x', '--db', db], /^jianbao: watchlist\.webhook: 127\.0\.0\.1 是本机回环地址，已拒绝；.* \(127\.0\.0\.1 is a loopback address: refused/],
      [['watch', 'add', 'x', '--query', '5G', '--webhook', 'ftp://example.com/x', '--db', db], /^jianbao: watchlist\.webhook: 只支持 http 和 https，不支持 ftp: \(only http and https, not ftp:\)\n$/],
      [['watch', 'add', 'x', '--query', '5G', '--email', 'not-an-address', '--db', db], /^jianbao: watchlist\.email: /],
      [['watch', 'remove', 'nothing', '--db', db], /^jianbao: watchlist nothing: 没有这个关注列表 \(no such watchlist\)\n$/],
      [['watch', 'add', 'x', '--query', '5G', '--shared', '--owner', 'bob', '--db', db], /^jianbao: --shared: --owner 和 --shared 只能给一个 \(give --owner or --shared, not both\)\n$/],
      [['watch', 'read', 'x1', '--db', db], /^jianbao: x1: 不是提醒编号，可用 jianbao watch alerts 查看 \(not an alert id \(see jianbao watch alerts\)\)\n$/],
    ];
    for (const [args, message] of cases) {
      const r = await run(args, { USER: 'alice' });
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    }
  });
});

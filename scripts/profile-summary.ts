/**
 * Where a profiled process spent its CPU: reads a V8 `.cpuprofile` (`node --cpu-prof`) and prints the self time
 * per area of the code (ours by folder, the libraries by package, V8's own work) and the top functions.
 * Run the process from sources (`node --cpu-prof --import tsx src/cli/main.ts serve …`) so that the areas are
 * jianbao's folders rather than the bundle's chunks.
 *
 *   npx tsx scripts/profile-summary.ts FILE.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';

interface Node { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }
interface Profile { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: profile-summary FILE.cpuprofile [--top N]\n');
  process.exit(2);
}
const top = Number(args[args.indexOf('--top') + 1]) || 25;
let profile: Profile;
try {
  profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  if (!Array.isArray(profile.nodes) || !Array.isArray(profile.samples)) throw new Error('not a V8 CPU profile');
} catch (err) {
  process.stderr.write(`${file}: cannot read (${(err as Error).message.split('\n')[0]})\n`);
  process.exit(1);
}

/** The area a frame belongs to: a folder of src/, an npm package, node's own modules, or V8's pseudo-frames. */
function area(frame: Node['callFrame']): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  const src = /\/src\/(.+)\/[^/]+$/.exec(url) ?? /\/src\/([^/]+)$/.exec(url);
  if (src) return `src/${src[1]}`;
  if (url.startsWith('node:')) return 'node:';
  return url.replace(/^.*\//, '');
}

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const areas = new Map<string, number>();
const functions = new Map<string, number>();
for (const [id, us] of selfUs) {
  const frame = byId.get(id)!.callFrame;
  const a = area(frame);
  areas.set(a, (areas.get(a) ?? 0) + us);
  const key = `${frame.functionName || '(anonymous)'}  ${frame.url.replace(/^.*\/(src|node_modules)\//, '$1/')}:${frame.lineNumber + 1}`;
  functions.set(key, (functions.get(key) ?? 0) + us);
}
const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
console.log(`${file}: ${(total / 1e6).toFixed(1)} s of samples`);
console.log('\nself time by area:');
for (const [a, us] of sorted(areas).slice(0, top)) console.log(`  ${pct(us)}  ${a}`);
console.log('\ntop functions by self time:');
for (const [f, us] of sorted(functions).slice(0, top)) console.log(`  ${pct(us)}  ${f}`);

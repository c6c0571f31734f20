/**
 * Near-duplicate detection (64-bit SimHash over content words, banded for lookup) and same-event grouping
 * (shared figures, people and days), incremental over a plain-data index the store can persist as JSON.
 */
import type { TermCount } from './analyse.js';
import { RATE_UNITS } from './figures.js';
import type { DateMention, Entity, Figure, Fingerprint } from './types.js';

/** SimHash distance (bits) at or below which two articles are near-duplicates. */
const NEAR_DUPLICATE_BITS = 6;
/** Bands of the SimHash for candidate lookup: 8 bands of 8 bits find every pair within 7 bits. */
const BANDS = 8;

/** Per (byte position, byte value) weight sums, reused by every simhash call (left all zero after it). */
const perByte = new Float64Array(8 * 256);
/** One bit per perByte entry a call has added to, so it visits and clears those alone (a short article touches few). */
const touched = new Uint32Array((8 * 256) / 32);
/** Per-bit sums of the direct way, reused by every call (left all zero after it). */
const perBit = new Float64Array(64);

/**
 * Below this many terms the 64 bit sums are updated term by term: 64 additions a term, against 8 a term plus 8
 * for each of up to 2,048 (byte position, byte value) sums the other way, which a short article barely shares.
 */
const DIRECT_TERMS = 128;

/** The high half of the last termHash (a second return value without allocating a pair per term). */
let hashHigh = 0;

/** The low 32-bit FNV-1a half of a term's 64-bit hash; the high half is left in hashHigh. */
function termHash(term: string): number {
  let lo = 0x811c9dc5;
  let hi = (0x811c9dc5 ^ 0x9e3779b9) >>> 0;
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i);
    lo = Math.imul(lo ^ c, 0x01000193) >>> 0;
    hi = Math.imul(hi ^ c, 0x01000193) >>> 0;
  }
  hashHigh = hi;
  return lo;
}

/** The hash's 16 hex digits from the bit sums (a bit is set where its sum is positive); clears the sums. */
function hexOf(v: Float64Array): string {
  let hex = '';
  for (let nibble = 15; nibble >= 0; nibble--) {
    let n = 0;
    for (let b = 3; b >= 0; b--) n = (n << 1) | (v[nibble * 4 + b] > 0 ? 1 : 0);
    hex += n.toString(16);
  }
  v.fill(0);
  return hex;
}

/**
 * SimHash of weighted terms as 16 hex digits. Weights are first summed per (byte position, byte value) of the
 * term hashes, then spread over the bits once, which is cheaper than 64 updates per term for many terms. A few
 * terms with whole-number weights (an article's counts) take the direct way: their sums are exact whatever the
 * order they are added in, so both ways give the same hash.
 */
export function simhash(terms: Map<string, number>): string {
  if (terms.size < DIRECT_TERMS) {
    let whole = true;
    for (const w of terms.values()) whole &&= Number.isInteger(w) && Math.abs(w) <= MAX_WHOLE_WEIGHT;
    if (whole) {
      for (const [term, w] of terms) addDirect(term, w);
      return hexOf(perBit);
    }
  }
  return simhashByBytes(terms);
}

/** Whole weights up to this sum exactly in any order: fewer than DIRECT_TERMS of them stay far below 2^53. */
const MAX_WHOLE_WEIGHT = 2 ** 31;

/** Adds ±w to each of the 64 bit sums by the term's hash bits: by arithmetic, not a branch on random bits. */
function addDirect(term: string, w: number): void {
  const lo = termHash(term);
  const hi = hashHigh;
  for (let k = 0; k < 32; k++) {
    perBit[k] += w * (((lo >>> k) & 1) * 2 - 1);
    perBit[k + 32] += w * (((hi >>> k) & 1) * 2 - 1);
  }
}

function simhashByBytes(terms: Map<string, number>): string {
  const add = (index: number, w: number) => {
    perByte[index] += w;
    touched[index >>> 5] |= 1 << (index & 31);
  };
  for (const [term, w] of terms) {
    const lo = termHash(term);
    const hi = hashHigh;
    for (let b = 0; b < 4; b++) {
      add(b * 256 + ((lo >>> (8 * b)) & 255), w);
      add((b + 4) * 256 + ((hi >>> (8 * b)) & 255), w);
    }
  }
  const v = perBit;
  // The touched entries in increasing order, as a scan of all of them would add them up.
  for (let slot = 0; slot < touched.length; slot++) {
    let bits = touched[slot];
    touched[slot] = 0;
    while (bits) {
      const lowest = bits & -bits;
      bits ^= lowest;
      const index = slot * 32 + 31 - Math.clz32(lowest);
      const w = perByte[index];
      perByte[index] = 0;
      const b = index >>> 8;
      const value = index & 255;
      // ±w by arithmetic, not a branch: the bits of a hash are random, so a branch would be mispredicted half the time.
      if (w) for (let k = 0; k < 8; k++) v[b * 8 + k] += w * (((value >>> k) & 1) * 2 - 1);
    }
  }
  return hexOf(v);
}

/** Number of differing bits between two SimHashes. */
export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/** A figure distinctive enough to identify an event: at least two significant digits (408款, 11.8%). */
function distinctive(f: Figure): boolean {
  const digits = f.text.match(/\d+(?:\.\d+)?/)?.[0].replace('.', '').replace(/^0+/, '') ?? '';
  return digits.length >= 2 && !/^\d0*$/.test(digits);
}

/** The fingerprint of an article for grouping, from its content-word counts and extracted facts. */
export function fingerprint(counts: Map<string, TermCount>, entities: Entity[], figures: Figure[], dates: DateMention[]): Fingerprint {
  let hash: string;
  if (counts.size < DIRECT_TERMS) {
    // Counts are whole numbers: the direct way, without a map of them (see simhash).
    for (const [word, c] of counts) addDirect(word, c.body + c.title);
    hash = hexOf(perBit);
  } else {
    const terms = new Map<string, number>();
    for (const [word, c] of counts) terms.set(word, c.body + c.title);
    hash = simhashByBytes(terms);
  }
  const keys = new Set<string>();
  for (const f of figures) if (distinctive(f)) keys.add(`f:${+f.value.toPrecision(6)}|${f.unit}`);
  for (const e of entities) {
    if (e.type === 'person') keys.add(`p:${e.name}`);
    else if (e.type === 'org') keys.add(`o:${e.name}`);
  }
  for (const d of dates) if (d.date && d.granularity === 'day') keys.add(`d:${d.date}`);
  return { simhash: hash, keys: [...keys].sort() };
}

/** Grouping state: plain JSON the caller owns and persists. */
export interface GroupIndex {
  nextGroup: number;
  entries: Record<string, { group: number; simhash: string; keys: string[] }>;
  /** SimHash band → ids. */
  bands: Record<string, string[]>;
  /** Figure or person key → ids. */
  postings: Record<string, string[]>;
}

/** An empty grouping index. */
export function newGroupIndex(): GroupIndex {
  return { nextGroup: 1, entries: {}, bands: {}, postings: {} };
}

function bandKeys(hash: string): string[] {
  const step = 16 / BANDS;
  return Array.from({ length: BANDS }, (_, b) => `${b}:${hash.slice(b * step, (b + 1) * step)}`);
}

/**
 * The keys under which an index finds candidates for this fingerprint: its SimHash bands and its figure and
 * person facts. A store that keeps these keys can look candidates up without loading every fingerprint.
 */
export function lookupKeys(fp: Fingerprint): string[] {
  return [...bandKeys(fp.simhash).map((b) => `b:${b}`), ...fp.keys.filter((k) => k[0] === 'f' || k[0] === 'p')];
}

/** A figure key of a rate (f:31|%): rates repeat across unrelated stories far more than amounts do. */
const isRateKey = (k: string) => RATE_UNITS.has(k.slice(k.indexOf('|') + 1));

/**
 * Whether two fingerprints report the same event: the same actors and the same happening, not the same topic.
 * Actors: a shared person or organisation. Happening: two shared distinctive figures, or one shared amount on a
 * shared day. Near-identical text counts when it shares a fact too (or neither article has any), so two short
 * notes on one topic are not merged for their wording alone.
 */
export function sameEvent(a: Fingerprint, b: Fingerprint): boolean {
  const theirs = new Set(b.keys);
  const shared = { f: 0, amount: 0, p: 0, d: 0, o: 0 };
  for (const k of a.keys) {
    if (!theirs.has(k)) continue;
    shared[k[0] as 'f' | 'p' | 'd' | 'o']++;
    if (k[0] === 'f' && !isRateKey(k)) shared.amount++;
  }
  if (hamming(a.simhash, b.simhash) <= NEAR_DUPLICATE_BITS) {
    return shared.f + shared.p + shared.o > 0 || (a.keys.length === 0 && b.keys.length === 0);
  }
  const actors = shared.p + shared.o >= 1;
  if (actors && (shared.f >= 2 || (shared.amount >= 1 && shared.d >= 1))) return true;
  // A named person of a shared organisation pins the happening down with less: one shared amount or day, or (with
  // no amounts that differ) a second shared person — an appointment told twice has no figures to share.
  if (shared.p === 0 || shared.o === 0) return false;
  const amounts = (keys: string[]) => keys.some((k) => k[0] === 'f' && !isRateKey(k));
  return shared.amount >= 1 || shared.d >= 1 || (shared.p >= 2 && !(amounts(a.keys) && amounts(b.keys)));
}

/**
 * Adds an article to the index (mutating it) and returns its group id: the group of the first earlier
 * article reporting the same event (groups it bridges are merged into the lowest id), else a new group.
 */
export function addToGroups(index: GroupIndex, id: string, fp: Fingerprint): number {
  if (index.entries[id]) throw new Error(`${id}: already in the group index`);
  const candidates = new Set<string>();
  for (const b of bandKeys(fp.simhash)) for (const other of index.bands[b] ?? []) candidates.add(other);
  for (const k of fp.keys) if (k[0] === 'f' || k[0] === 'p') for (const other of index.postings[k] ?? []) candidates.add(other);
  const groups = new Set<number>();
  for (const other of candidates) {
    const e = index.entries[other];
    // A group already joined needs no second witness: many copies of one story stay cheap to add to.
    if (!groups.has(e.group) && sameEvent(fp, e)) groups.add(e.group);
  }
  const group = groups.size ? Math.min(...groups) : index.nextGroup++;
  if (groups.size > 1) {
    for (const e of Object.values(index.entries)) if (groups.has(e.group)) e.group = group;
  }
  restoreToGroup(index, id, group, fp);
  return group;
}

/** Puts an article already grouped (read back from a store) into the index under its group, as addToGroups left it. */
export function restoreToGroup(index: GroupIndex, id: string, group: number, fp: Fingerprint): void {
  index.entries[id] = { group, simhash: fp.simhash, keys: fp.keys };
  for (const b of bandKeys(fp.simhash)) (index.bands[b] ??= []).push(id);
  for (const k of fp.keys) if (k[0] === 'f' || k[0] === 'p') (index.postings[k] ??= []).push(id);
}

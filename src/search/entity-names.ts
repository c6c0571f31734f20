import { perKnowledge } from '../enrich/data.js';
import { brandHeadForms, registeredShortNames } from '../enrich/entity-aliases.js';
import { knownSurfaces } from '../enrich/entity-lexicon.js';
import { placeAtStart } from '../enrich/entities.js';
import { enrichArticle } from '../enrich/index.js';
import type { AliasIndex } from './aliases.js';

/** How many filter names' readings are kept: an analyst filters by few names, and a reading costs a segmentation. */
const READINGS_KEPT = 256;
/** The readings made with the knowledge in use: new knowledge may read a name otherwise. */
const readingsNow = perKnowledge(() => new Map<string, string[]>());

/**
 * The canonical names the entity recogniser reads a name as when the name is all the text (美国太空探索技术公司 →
 * SpaceX, 中国卫通集团股份有限公司 → 中国卫通): an entity counts when one of its mentions ends the name and only a
 * place stands before it, so a name is never read as a shorter one inside it.
 */
function recognisedAs(name: string): string[] {
  const readings = readingsNow();
  let names = readings.get(name);
  if (!names) {
    const entities = enrichArticle({ title: '', body: name }).entities;
    const before = (mention: string) => name.slice(0, name.length - mention.length);
    names = entities.filter((e) => e.spans.some((s) => name.endsWith(s.text) && placeAtStart(before(s.text)) === before(s.text).length)).map((e) => e.name);
    if (readings.size >= READINGS_KEPT) readings.delete(readings.keys().next().value!);
    readings.set(name, names);
  }
  return names;
}

/**
 * The names an entity filter (`--entity`, `entity:`) on `name` accepts when the name is known: each name of the
 * lexicon's organisation it names (or of the tables' entity it is a name of), else of the entities the recogniser
 * reads it as (the wording an article's entity was recognised from). Null for a name none of them reads as another:
 * see shortFormOf.
 */
export function knownEntityNames(name: string, aliases: AliasIndex): string[] | null {
  const lexicon = aliases.namesOf(name);
  if (lexicon.length > 1) return lexicon;
  // A name of the tables is what they say (and spares the search process loading the recogniser for it).
  const known = knownSurfaces().get(name.trim());
  if (known) return [...new Set([...lexicon, ...aliases.namesOf(known.name)])];
  // Read as itself, a name says no more than it does unknown.
  const recognised = recognisedAs(name.trim()).filter((n) => n !== name.trim());
  return recognised.length ? [...new Set([...lexicon, ...recognised.flatMap((n) => aliases.namesOf(n))])] : null;
}

/** The first two characters of a name: a stored registered name it is a short form of holds them (see shortFormOf). */
export function nameHead(name: string): string {
  return name.trim().slice(0, 2);
}

/** What an entity filter on a name neither the lexicon nor the recogniser reads as another accepts (shortFormOf). */
export interface ShortFormNames {
  /** The stored names it accepts. */
  names: string[];
  /**
   * The names whose printing also makes an article accepted: the name itself when it is a short form of a registered
   * name stored for another article, so it names that organisation in an article too short on evidence for the
   * recogniser (垣信卫星 alone); a registered name's own short forms of four characters or more (垣信卫星 for
   * 上海垣信卫星科技有限公司), shorter ones being too often another's.
   */
  printed: string[];
}

/** The shortest short form whose printing is taken for a registered name's own (see ShortFormNames.printed). */
const PRINTED_FORM_MIN = 4;

/** A registered name's short forms whose printing is taken for its own: four characters or more (垣信卫星), shorter ones being too often another's. */
export function printedShortForms(name: string): string[] {
  return registeredShortNames(name, placeAtStart).filter((f) => f.length >= PRINTED_FORM_MIN);
}

/**
 * The names an entity filter on a `name` knownEntityNames reads as no other accepts: the name, its own short forms
 * when it is a registered name (广州中望龙腾软件股份有限公司: 中望龙腾, 中望软件), and each of the `stored` names
 * (those holding its head) it is a registered short form of (垣信卫星 for 上海垣信卫星科技有限公司), with their
 * lexicon names.
 */
export function shortFormOf(name: string, stored: string[], aliases: AliasIndex): ShortFormNames {
  const trimmed = name.trim();
  const forms = registeredShortNames(trimmed, placeAtStart);
  const own = [...forms, ...brandHeadForms(trimmed, placeAtStart)];
  const registered = trimmed.length < 2 ? [] : stored.filter((s) => s !== trimmed && registeredShortNames(s, placeAtStart).includes(trimmed));
  const printed = [...(registered.length ? [trimmed] : []), ...printedShortForms(trimmed)];
  // A quote in a name could not be searched for as one phrase.
  return { names: [...new Set([name, ...own, ...registered].flatMap((n) => aliases.namesOf(n)))], printed: printed.filter((p) => !p.includes('"')) };
}

/**
 * The names whose printing makes an article pass an entity filter on `name`: `printed` (shortFormOf's) and, when the
 * archive printed the name beside another in brackets (AliasIndex.learned), the name and those others: the pair
 * says the name is a body's, which its printing then names.
 */
export function entityPrinting(name: string, printed: string[], aliases: AliasIndex): string[] {
  const learned = aliases.learned?.(name.trim()) ?? [];
  return [...new Set([...printed, ...(learned.length ? [name.trim(), ...learned] : [])])].filter((p) => !p.includes('"'));
}

/**
 * A blogger's handle, told from an outlet or a self-media account by the page's structure: the name links to a
 * user's own page (`/user/…`, `/people/…`, `space.…`) or carries `rel="author"`, or the `<title>` prints it between
 * the headline and the site (`文章名 - 名字 - 站点`) while no link on the page gives it (a channel's name there is a link
 * of the site's). Such a name is the writer (the author), not the source.
 */
import { OUTLET, cleanAuthor } from './cn-meta.js';
import { allElements, squash, textOf, type Document } from './dom.js';

/** Paths and hosts of a user's own page on blog, column and community sites. */
const USER_PAGE = /\/(?:u|user|users|people|author|authors|member|members|profile|blogger|space)\/|\/\/(?:space|home|my|i)\.|[?&](?:uid|userid|user_id)=/i;

/** Separators between a `<title>`'s segments (the title is squashed first, so no run of spaces is long). */
const TITLE_SEPARATOR = /\s?[-–—|_｜]\s?/;

/** A writer's card's controls and counters beside the name: a follow or message button, fans, articles. */
const CARD_WORD = /关注|私信|粉丝|文章数|获赞/;

/** The names a page links to a user's page, and every other link's text. */
export interface PageLinks {
  users: Set<string>;
  others: Set<string>;
}

/** Reads the page's links once, before boilerplate removal drops the header's. */
export function pageLinks(doc: Document): PageLinks {
  const users = new Set<string>();
  const others = new Set<string>();
  for (const el of allElements(doc)) {
    if (el.name !== 'a') continue;
    const text = squash(textOf(el));
    if (!text || text.length > 30) continue;
    const toUser = USER_PAGE.test(el.attribs.href ?? '') || /\bauthor\b/i.test(el.attribs.rel ?? '');
    (toUser ? users : others).add(text);
  }
  return { users, others };
}

/** Whether `name` (read beside the time as the outlet) is marked by the page as a writer's handle. */
export function isWriterHandle(links: PageLinks, titleTag: string | null, name: string | null | undefined): boolean {
  if (!name || OUTLET.test(name)) return false;
  if (links.users.has(name)) return true;
  if (links.others.has(name) || !titleTag || titleTag.length > 300) return false;
  const segments = squash(titleTag).split(TITLE_SEPARATOR).map((s) => s.trim());
  return segments.length >= 3 && segments.slice(1, -1).includes(name);
}

/** The name of a writer's card near the headline: its first word links to a user's page, with a follow button or counters after it. */
export function linkedWriterCard(links: PageLinks, lines: string[]): string | null {
  for (const line of lines) {
    const [first, ...rest] = line.trim().split(' ');
    if (rest.length && links.users.has(first) && !OUTLET.test(first) && CARD_WORD.test(rest.join(' '))) return cleanAuthor(first);
  }
  return null;
}

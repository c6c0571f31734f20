import { basename, extname } from 'node:path';

/** Who an article of an issue without a publication is credited to when the file has no name either. */
export const UNNAMED_PUBLICATION = '未署名出版物';

/**
 * The name an issue's articles are credited to (search's and the inbox's 来源, a bulletin's source line): its
 * publication, else its file's name without the folder or extension, never a path on the server.
 */
export function issueCredit(publication: string | null, path: string): string {
  return publication ?? (basename(path, extname(path)).trim() || UNNAMED_PUBLICATION);
}

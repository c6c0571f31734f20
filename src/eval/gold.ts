import { z } from 'zod';

/** One hand-annotated article (see /work/shared/README.md, "Gold annotation format"). */
const GoldArticle = z.object({
  section: z.string().nullable(),
  title: z.string(),
  title_as_printed: z.string().nullable().optional(),
  start_line: z.number().int().positive(),
  body_first: z.string(),
  body_last: z.string(),
  byline: z.string().nullable(),
  subheads: z.array(z.string()),
});

/** A gold annotation file for one bulletin. */
const GoldFile = z.object({
  file: z.string(),
  publication: z.string().nullable(),
  issue_date: z.string().nullable(),
  sections: z.array(z.string()),
  articles: z.array(GoldArticle),
  captions: z.array(z.string()).optional(),
  duplicates: z.array(z.array(z.string())).optional(),
  notes: z.string().optional(),
});

export type Gold = z.infer<typeof GoldFile>;
export type GoldArticle = z.infer<typeof GoldArticle>;

/** Validates parsed JSON as a gold file; throws `<path>: <problem>` when it is not one. */
export function parseGold(json: unknown, path: string): Gold {
  const r = GoldFile.safeParse(json);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new Error(`${path}: not a gold annotation (${issue.path.join('.') || 'root'}: ${issue.message})`);
  }
  return r.data;
}

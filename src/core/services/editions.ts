import { z } from 'zod';
import type { Edition } from '../../compose/types.js';
import { authorize, type Actor } from '../actor.js';
import type { CoreContext } from '../context.js';
import { parseInput } from '../inputs.js';

const names = z.array(z.string().trim().min(1)).default([]);
const editionInput = z.object({
  name: z.string().trim().min(1),
  tags: names,
  entities: names,
  regions: names,
  coverLine: z.string().trim().nullable().default(null).transform((v) => v || null),
  sections: names,
});
export type EditionInput = z.input<typeof editionInput>;

/** Editions (client profiles): which articles of a period a client's bulletin takes, and in what section order. */
export class EditionService {
  constructor(private readonly ctx: CoreContext) {}

  /** Adds an edition or replaces the one of the same name; returns it as stored. */
  async save(actor: Actor, input: EditionInput): Promise<Edition> {
    authorize(actor, 'drafts.write', 'manage editions');
    const edition = parseInput(editionInput, input, 'edition');
    return this.ctx.transaction(async (tx) => {
      const before = await tx.store.drafts.getEdition(edition.name);
      await tx.store.drafts.saveEdition(edition);
      await tx.record(actor, { action: before ? 'edition.replace' : 'edition.add', object: `edition:${edition.name}`, detail: edition.name, before, after: edition });
      return edition;
    });
  }

  /** Every edition, by name. */
  async list(actor: Actor): Promise<Edition[]> {
    authorize(actor, 'archive.read', 'read editions');
    return this.ctx.store.drafts.listEditions();
  }
}

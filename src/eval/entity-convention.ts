import { networkGroupOf } from '../enrich/entity-operators.js';

/**
 * An extracted entity's name as a gold of the given convention files it. Enrichment gives an operator's or a grid's
 * regional company as printed (中国移动浙江公司), as every gold from the eleventh author on does; the older golds
 * (the samples, the first to the tenth authors, the R sets) file it under its group (`regionalAsGroup`).
 */
export function goldConventionName(entity: { type: string; name: string }, regionalAsGroup: boolean): string {
  return (regionalAsGroup && entity.type === 'org' && networkGroupOf(entity.name)?.name) || entity.name;
}

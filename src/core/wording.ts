/** `3 articles`, `1 article`: the count and the noun, for the CLI's messages in English. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `1 entry`, `3 entries`. */
export function entries(n: number): string {
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

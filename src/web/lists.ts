/** Names typed into one field (tags, organisations, sections), parted by commas (either width), 、 or lines; spaces stay inside a name ("Red Hat"). */
export function nameList(value: string): string[] {
  return value.split(/[,，、\n]+/).map((t) => t.trim()).filter(Boolean);
}

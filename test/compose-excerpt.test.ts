/**
 * The left-out pool's excerpt reads only the body's opening; it gives what collapsing the whole body's whitespace
 * and cutting at 80 characters gives (the definition, written out here), on the samples and at the edges.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerptOf } from '../src/compose/left-out.js';

function byDefinition(body: string): string {
  const chars = Array.from(body.replace(/\s+/g, ' ').trim());
  return chars.length <= 80 ? chars.join('') : `${chars.slice(0, 79).join('')}…`;
}

describe('excerptOf', () => {
  it('equals the definition on every opening of the samples and on texts at the edges', () => {
    const text = ['000_3cef4383265ce24c', '001_3ce07ccd5b8eeddb', '003_8913e8f3e5978f8d'].map((f) => readFileSync(`samples/${f}.txt`, 'utf8')).join('\n');
    const bodies: string[] = [];
    for (let i = 0; i < text.length; i += 97) bodies.push(text.slice(i, i + 60 + (i % 400)));
    const x80 = '中'.repeat(80);
    bodies.push('', ' ', '\n\t\u3000 ', x80, `${x80}\n`, `  ${x80}  `, `${x80}文`, `${'中'.repeat(79)} 文`, `${'中'.repeat(78)} 文`,
      `${'𠀀'.repeat(81)}`, `𠀀 𠀁\u3000\u00a0两个\r\n扩展`, `a${' '.repeat(500)}b`, `${' '.repeat(1000)}${x80}x`);
    for (const b of bodies) expect(excerptOf(b), JSON.stringify(b.slice(0, 40))).toBe(byDefinition(b));
    expect(bodies.length).toBeGreaterThan(300);
  });
});

import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** The SVG elements a chart is drawn with; anything else (script, style, foreignObject, a, use…) is dropped with its content. */
const ELEMENTS = new Set(['svg', 'g', 'path', 'rect', 'text', 'tspan', 'line', 'polyline', 'polygon', 'circle', 'ellipse', 'title']);
/** Geometry and presentation attributes; no event handlers, no href, no style (the page's CSP refuses inline styles). */
const ATTRIBUTES = new Set([
  'width', 'height', 'viewBox', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'd', 'points', 'transform',
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin', 'stroke-dasharray', 'opacity',
  'font-size', 'font-family', 'font-weight', 'font-style', 'text-anchor', 'dominant-baseline', 'xmlns', 'role', 'aria-label',
]);
/** Style properties kept as the presentation attributes of the same name. */
const STYLE_PROPERTIES = new Set(['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity', 'font-size', 'font-family', 'font-weight', 'font-style']);

const escaped = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * An SVG chart (as ECharts renders it) as markup safe to put inside a page: only drawing elements and
 * attributes are kept, inline styles become presentation attributes (allowed by a CSP without
 * 'unsafe-inline'), and every text and attribute value is escaped again on the way out.
 */
export function inlineSvg(svg: string, label: string): string {
  const root = parseDocument(svg, { xmlMode: true });
  const out = root.children.map((node) => write(node, true)).join('');
  // The label names the chart for screen readers (the root is found again after sanitising).
  return out.replace(/^<svg/, `<svg role="img" aria-label="${escaped(label)}"`);
}

function write(node: ChildNode, top = false): string {
  if (node.type === 'text') return escaped(node.data);
  if (node.type !== 'tag') return '';
  const el = node as Element;
  if (!ELEMENTS.has(el.name) || (top && el.name !== 'svg')) return '';
  const attrs = new Map<string, string>();
  for (const [name, value] of Object.entries(el.attribs)) if (ATTRIBUTES.has(name) && !/^\s*(javascript|data|vbscript):/i.test(value)) attrs.set(name, value);
  for (const declaration of (el.attribs.style ?? '').split(';')) {
    const at = declaration.indexOf(':');
    const property = declaration.slice(0, at).trim().toLowerCase();
    const value = declaration.slice(at + 1).trim();
    if (at > 0 && STYLE_PROPERTIES.has(property) && !/url\(|expression\(/i.test(value)) attrs.set(property, value);
  }
  const written = [...attrs].map(([name, value]) => ` ${name}="${escaped(value)}"`).join('');
  return `<${el.name}${written}>${el.children.map((child) => write(child)).join('')}</${el.name}>`;
}

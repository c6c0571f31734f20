/**
 * The house look every renderer prints with: colours and fonts, given by the configuration (house.colours,
 * house.fonts) and defaulting to the look jianbao has always printed. Plain data, so the renderers stay pure.
 */

/** Colours as #rrggbb. */
export interface HouseColours {
  /** Masthead, section banners, box titles, the running header's rule, this period's bars. */
  accent: string;
  /** Body text and titles. */
  ink: string;
  /** Bylines, credits, 另见 lines, running header and footer. */
  muted: string;
  /** Lines between entries. */
  rule: string;
  /** Background of the 摘要 box. */
  shade: string;
  /** The previous period's bars on the trend chart. */
  faint: string;
}

/** A Word font: the face for Latin text and the one for Chinese. */
export interface WordFont {
  latin: string;
  eastAsia: string;
}

export interface HouseFonts {
  /** CSS font-family list of the HTML page, the PDF and the trend chart. */
  css: string;
  /** Word body text. */
  wordBody: WordFont;
  /** Word headings, masthead and box titles. */
  wordHeading: WordFont;
}

/** What a renderer is told: the look, and for PDF the Chromium that prints it. */
export interface RenderOptions {
  colours: HouseColours;
  fonts: HouseFonts;
  /** Path of the Chromium executable the PDF renderer starts. */
  chromium: string;
}

/** Debian's Chromium. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const DEFAULT_COLOURS: HouseColours = { accent: '#a5141c', ink: '#1b1b1b', muted: '#5f5f5f', rule: '#d9d9d9', shade: '#f6f1f1', faint: '#bdbdbd' };

export const DEFAULT_FONTS: HouseFonts = {
  css: '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  wordBody: { latin: 'Times New Roman', eastAsia: '宋体' },
  wordHeading: { latin: 'Arial', eastAsia: '黑体' },
};

export const DEFAULT_RENDER: RenderOptions = { colours: DEFAULT_COLOURS, fonts: DEFAULT_FONTS, chromium: DEFAULT_CHROMIUM };

/** A colour as Word writes it: RRGGBB without the hash. */
export function wordColour(css: string): string {
  return css.replace(/^#/, '').toUpperCase();
}

import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { DEFAULT_CHROMIUM, DEFAULT_COLOURS, DEFAULT_FONTS, type HouseColours, type HouseFonts, type RenderOptions } from '../compose/render/style.js';
import { invalidInput } from './errors.js';

/**
 * jianbao's one configuration, resolved once from flags > environment > an optional config file > defaults,
 * frozen, and passed down by openJianbao. Nothing below the core reads the environment.
 */
export interface JianbaoConfig {
  /** The store: an SQLite file path (the embedded store) or a postgres:// URL (a shared archive). */
  store: string;
  /** Largest input file accepted, in bytes. */
  maxInputBytes: number;
  /** Web fetching limits and the address policy. */
  fetch: FetchConfig;
  /** The Chromium the PDF renderer prints with. */
  chromium: string;
  /** A team's knowledge overlay folder (sections, tags, organisations, aliases, dictionary words), or null. */
  knowledge: string | null;
  /** The house format printed on composed bulletins. */
  house: HouseConfig;
  /** Background jobs: retries, expiry and how often the schedule is looked at. */
  jobs: JobsConfig;
  /** Watchlist alerts: the mail server, digests, volume alerts, retries. */
  alerts: AlertsConfig;
}

export interface AlertsConfig {
  /** The SMTP server as a URL (`smtp://user:pass@host:587`, `smtps://…:465`), or null: e-mail alerts wait. */
  smtp: string | null;
  /** The sender of alert e-mails. */
  from: string;
  /** China-time hour digests go out at (daily: for yesterday; weekly: on Monday for last week). */
  digestHour: number;
  /** A day's matches above this many times the trailing 7-day mean raise a volume alert… */
  volumeFactor: number;
  /** …when they are at least this many. */
  volumeMinimum: number;
  /** Attempts per delivery before it is given up (shown with its error). */
  maxAttempts: number;
  /** Wait before the first retry, ms; doubles with each attempt (at most an hour). */
  retryBaseMs: number;
  /** Time limit of one webhook POST or SMTP exchange, ms. */
  sendTimeoutMs: number;
}

export interface JobsConfig {
  /** Attempts after the first before a job is dead (state failed, with its error). */
  retries: number;
  /** Delay before the first retry, s; it doubles on each further attempt. */
  retryDelaySeconds: number;
  /** A job running longer than this is taken for lost (its worker died) and run again, s. */
  expireSeconds: number;
  /** How often the schedule (due sources, digests) and the database connection are checked, s. */
  tickSeconds: number;
}

export interface FetchConfig {
  /** Per-attempt time limit, ms. */
  timeoutMs: number;
  /** Extra attempts after a 5xx, 429 or network failure. */
  retries: number;
  /** Rest between two requests to the same host, ms. */
  hostDelayMs: number;
  /** Largest response accepted, bytes. */
  maxBytes: number;
  /** Every internal network may be fetched from. */
  allowPrivate: boolean;
  /** Internal networks (CIDRs) that may be fetched from anyway. */
  allowNetworks: string[];
}

export interface HouseConfig {
  /** Publication printed on drafts when the period's sources do not decide it; null lets them decide. */
  publication: string | null;
  /** Copyright line; `{year}` and `{publication}` are filled in; null keeps the default wording. */
  copyright: string | null;
  /** Colours of the HTML, PDF and Word renderings and the trend chart (#rrggbb). */
  colours: HouseColours;
  /** Fonts of the renderings. */
  fonts: HouseFonts;
}

const MB = 1024 * 1024;

/** The defaults, the last of the four layers. */
export const DEFAULT_CONFIG: JianbaoConfig = {
  store: 'data/jianbao.db',
  maxInputBytes: 50 * MB,
  fetch: { timeoutMs: 20_000, retries: 3, hostDelayMs: 1000, maxBytes: 10 * MB, allowPrivate: false, allowNetworks: [] },
  chromium: DEFAULT_CHROMIUM,
  knowledge: null,
  house: { publication: null, copyright: null, colours: DEFAULT_COLOURS, fonts: DEFAULT_FONTS },
  jobs: { retries: 5, retryDelaySeconds: 30, expireSeconds: 900, tickSeconds: 15 },
  alerts: {
    smtp: null, from: 'jianbao <jianbao@localhost>', digestHour: 8, volumeFactor: 3, volumeMinimum: 5,
    maxAttempts: 8, retryBaseMs: 60_000, sendTimeoutMs: 15_000,
  },
};

/** How the configuration has bulletins rendered: the house colours and fonts, printed in its Chromium. */
export function houseRender(config: Readonly<JianbaoConfig>): RenderOptions {
  return { colours: config.house.colours, fonts: config.house.fonts, chromium: config.chromium };
}

/** What may be given in a layer: any field, nested objects partly. */
export type ConfigLayer = {
  [K in keyof JianbaoConfig]?: K extends 'house'
    ? HouseLayer
    : JianbaoConfig[K] extends object
      ? JianbaoConfig[K] extends unknown[]
        ? JianbaoConfig[K]
        : Partial<JianbaoConfig[K]>
      : JianbaoConfig[K];
};

/** The house format partly: colours and fonts one by one. */
export type HouseLayer = Partial<Omit<HouseConfig, 'colours' | 'fonts'>> & {
  colours?: Partial<HouseColours>;
  fonts?: Partial<HouseFonts>;
};

const positive = z.number().positive();
const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected a colour as #rrggbb');
/** A CSS font-family list: names, quotes, commas; nothing that could end the declaration it is written into. */
const cssFonts = z.string().regex(/^[\p{L}\p{N} ,"'._-]+$/u, 'expected a CSS font-family list (names, quotes and commas)');
const wordFont = z.object({ latin: z.string().trim().min(1), eastAsia: z.string().trim().min(1) }).strict();
const fileLayer = z
  .object({
    store: z.string().min(1),
    maxInputBytes: positive.int(),
    fetch: z
      .object({
        timeoutMs: positive,
        retries: z.number().int().min(0),
        hostDelayMs: z.number().min(0),
        maxBytes: positive.int(),
        allowPrivate: z.boolean(),
        allowNetworks: z.array(z.string()),
      })
      .partial()
      .strict(),
    chromium: z.string().min(1),
    knowledge: z.string().min(1).nullable(),
    house: z
      .object({
        publication: z.string().min(1).nullable(),
        copyright: z.string().min(1).nullable(),
        colours: z.object(Object.fromEntries(Object.keys(DEFAULT_COLOURS).map((k) => [k, colour]))).partial().strict(),
        fonts: z.object({ css: cssFonts, wordBody: wordFont, wordHeading: wordFont }).partial().strict(),
      })
      .partial()
      .strict(),
    jobs: z
      .object({ retries: z.number().int().min(0), retryDelaySeconds: positive, expireSeconds: z.number().int().min(1), tickSeconds: positive })
      .partial()
      .strict(),
    alerts: z
      .object({
        smtp: z.string().min(1).nullable(),
        from: z.string().min(1),
        digestHour: z.number().int().min(0).max(23),
        volumeFactor: positive,
        volumeMinimum: z.number().int().min(1),
        maxAttempts: z.number().int().min(1),
        retryBaseMs: z.number().min(0),
        sendTimeoutMs: positive,
      })
      .partial()
      .strict(),
  })
  .partial()
  .strict();

/** Reads a config file (JSON); a missing or malformed file is a one-line `<file>: <problem>`. */
export function readConfigFile(file: string): ConfigLayer {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw invalidInput(file, code === 'ENOENT' ? '没有这个配置文件 (no such config file)' : `无法读取配置文件 (cannot read config file: ${code})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw invalidInput(file, `不是 JSON 格式 (not JSON: ${(err as Error).message})`);
  }
  const parsed = fileLayer.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalidInput(file, `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  return parsed.data as ConfigLayer;
}

/** The layer the environment gives: JIANBAO_DB, JIANBAO_MAX_MB, JIANBAO_CHROMIUM, JIANBAO_KNOWLEDGE, JIANBAO_ALLOW_NETWORKS, JIANBAO_SMTP_URL, JIANBAO_MAIL_FROM. */
export function environmentLayer(env: NodeJS.ProcessEnv): ConfigLayer {
  const layer: ConfigLayer = {};
  if (env.JIANBAO_DB) layer.store = env.JIANBAO_DB;
  if (env.JIANBAO_MAX_MB) {
    const mb = Number(env.JIANBAO_MAX_MB);
    if (!(mb > 0)) throw invalidInput('JIANBAO_MAX_MB', '请填写大于 0 的 MB 数 (expected a positive number of MB)');
    layer.maxInputBytes = Math.floor(mb * MB);
  }
  if (env.JIANBAO_CHROMIUM) layer.chromium = env.JIANBAO_CHROMIUM;
  if (env.JIANBAO_KNOWLEDGE) layer.knowledge = env.JIANBAO_KNOWLEDGE;
  if (env.JIANBAO_ALLOW_NETWORKS) layer.fetch = { allowNetworks: splitList(env.JIANBAO_ALLOW_NETWORKS) };
  if (env.JIANBAO_SMTP_URL || env.JIANBAO_MAIL_FROM) {
    layer.alerts = { ...(env.JIANBAO_SMTP_URL ? { smtp: env.JIANBAO_SMTP_URL } : {}), ...(env.JIANBAO_MAIL_FROM ? { from: env.JIANBAO_MAIL_FROM } : {}) };
  }
  return layer;
}

/** Comma-separated names, trimmed, empties dropped. */
export function splitList(value: string): string[] {
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** Where the layers come from; every one is optional. */
export interface ConfigSources {
  /** What the command line said (highest precedence). */
  flags?: ConfigLayer;
  /** The environment (default: none; the CLI passes process.env). */
  env?: NodeJS.ProcessEnv;
  /** A config file: the one named, else `jianbao.config.json` in `cwd` when it exists. */
  file?: string;
  /** Where to look for `jianbao.config.json` (default: no implicit file). */
  cwd?: string;
}

/** The configuration from its layers, frozen: flags > environment > config file > defaults. */
export function resolveConfig(sources: ConfigSources = {}): Readonly<JianbaoConfig> {
  const implicit = sources.cwd ? `${sources.cwd}/jianbao.config.json` : null;
  const file = sources.file ?? sources.env?.JIANBAO_CONFIG ?? (implicit && existsSync(implicit) ? implicit : null);
  const layers = [file ? readConfigFile(file) : {}, sources.env ? environmentLayer(sources.env) : {}, sources.flags ?? {}];
  let config: JianbaoConfig = structuredClone(DEFAULT_CONFIG);
  for (const layer of layers) config = merge(config, layer);
  return deepFreeze(config);
}

function merge(base: JianbaoConfig, layer: ConfigLayer): JianbaoConfig {
  const defined = <T extends object>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const { fetch, house, jobs, alerts, ...flat } = layer;
  return {
    ...base,
    ...defined(flat),
    fetch: { ...base.fetch, ...defined(fetch ?? {}) },
    house: {
      ...base.house,
      ...defined(house ?? {}),
      colours: { ...base.house.colours, ...defined(house?.colours ?? {}) },
      fonts: { ...base.house.fonts, ...defined(house?.fonts ?? {}) },
    },
    jobs: { ...base.jobs, ...defined(jobs ?? {}) },
    alerts: { ...base.alerts, ...defined(alerts ?? {}) },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * Sending alerts out: a JSON POST to a webhook and an e-mail over SMTP (nodemailer). Both connect only to
 * addresses the address policy allows (src/fetch/address-policy.ts), checked on the resolved address. A failure
 * is a SendError saying whether trying again may help.
 */
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { Agent } from 'undici';
import { refusal, type AddressPolicy } from '../fetch/address-policy.js';
import { AddressRefused, guardedConnector } from '../fetch/guarded-connect.js';
import type { MailContent } from './messages.js';

/** A failed send: `permanent` when the same request cannot succeed later (refused address, 4xx, bad address). */
export class SendError extends Error {
  override name = 'SendError';
  constructor(message: string, readonly permanent: boolean) {
    super(message);
  }
}

/** Most of a webhook's answer read (to see a robot's errcode). */
const MAX_ANSWER_BYTES = 64 * 1024;

/** Posts JSON to webhooks; one connection pool per sender. */
export class WebhookSender {
  private agent: Promise<{ fetch: typeof import('undici').fetch; dispatcher: Agent }> | null = null;

  constructor(private readonly policy: AddressPolicy, private readonly timeoutMs: number) {}

  /** POSTs `body` as JSON; throws a SendError for a refused address, a non-2xx answer or a robot's errcode. */
  async post(url: string, body: unknown): Promise<void> {
    const { fetch, dispatcher } = await (this.agent ??= import('undici').then((u) => ({
      fetch: u.fetch,
      dispatcher: new u.Agent({ connect: guardedConnector(this.policy, u.buildConnector({})) }),
    })));
    let res;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'jianbao/0.1 (alerts)' },
        body: JSON.stringify(body),
        redirect: 'manual',
        signal: AbortSignal.timeout(this.timeoutMs),
        dispatcher,
      });
    } catch (e) {
      const cause = (e as { cause?: unknown }).cause;
      if (cause instanceof AddressRefused) throw new SendError(cause.message, true);
      if ((e as Error).name === 'TimeoutError') throw new SendError(`no answer within ${this.timeoutMs} ms`, false);
      throw new SendError((cause as { code?: string; message?: string } | undefined)?.code ?? (e as Error).message, false);
    }
    const text = await readCapped(res.body);
    if (res.status < 200 || res.status >= 300) {
      const retry = res.status >= 500 || res.status === 408 || res.status === 429;
      throw new SendError(`HTTP ${res.status}${text ? `: ${text.slice(0, 200).replace(/\s+/g, ' ')}` : ''}`, !retry);
    }
    // 企业微信 and 钉钉 answer 200 with {"errcode": n, "errmsg": "…"}; a non-zero errcode is a refusal.
    const answer = parseJson(text) as { errcode?: unknown; errmsg?: unknown } | null;
    if (answer && typeof answer.errcode === 'number' && answer.errcode !== 0) {
      throw new SendError(`errcode ${answer.errcode}: ${String(answer.errmsg ?? '')}`, false);
    }
  }

  async close(): Promise<void> {
    if (this.agent) await (await this.agent).dispatcher.close();
  }
}

async function readCapped(body: { getReader(): ReadableStreamDefaultReader<Uint8Array> } | null): Promise<string> {
  if (!body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.byteLength;
    if (total > MAX_ANSWER_BYTES) {
      await reader.cancel().catch(() => undefined);
      break;
    }
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The SMTP server as configured: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
export interface SmtpSettings {
  url: string;
  from: string;
  timeoutMs: number;
}

/** Sends one e-mail; throws a SendError (permanent when the server refuses the address or the policy does). */
export async function sendMail(settings: SmtpSettings, policy: AddressPolicy, to: string, mail: MailContent): Promise<void> {
  let server: URL;
  try {
    server = new URL(settings.url);
  } catch {
    throw new SendError('alerts.smtp: not a valid URL', true);
  }
  if (server.protocol !== 'smtp:' && server.protocol !== 'smtps:') throw new SendError('alerts.smtp: expected smtp:// or smtps://', true);
  const host = server.hostname.replace(/^\[|\]$/g, '');
  const address = await addressOf(host);
  const why = refusal(address, policy);
  if (why) throw new SendError(`${host}: ${why}`, true);
  const nodemailer = (await import('nodemailer')).default;
  const secure = server.protocol === 'smtps:';
  const transport = nodemailer.createTransport({
    host: address,
    port: Number(server.port) || (secure ? 465 : 587),
    secure,
    auth: server.username ? { user: decodeURIComponent(server.username), pass: decodeURIComponent(server.password) } : undefined,
    // The name checked against the certificate is the configured host, not the address connected to.
    tls: isIP(host) ? undefined : { servername: host },
    connectionTimeout: settings.timeoutMs,
    greetingTimeout: settings.timeoutMs,
    socketTimeout: settings.timeoutMs,
  });
  try {
    await transport.sendMail({ from: settings.from, to, subject: mail.subject, text: mail.text, html: mail.html });
  } catch (e) {
    const err = e as { responseCode?: number; message: string };
    throw new SendError(err.message, err.responseCode !== undefined && err.responseCode >= 500 && err.responseCode < 600);
  } finally {
    transport.close();
  }
}

async function addressOf(host: string): Promise<string> {
  if (isIP(host)) return host;
  try {
    return (await lookup(host)).address;
  } catch (e) {
    throw new SendError(`${host}: host not found (${(e as NodeJS.ErrnoException).code ?? 'lookup failed'})`, false);
  }
}

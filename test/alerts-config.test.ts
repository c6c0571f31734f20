/** The `alerts` part of the configuration: file, environment and flags in that order of precedence, bad values named. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG, resolveConfig } from '../src/core/index.js';

const dir = mkdtempSync(join(tmpdir(), 'jianbao-alerts-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('alerts configuration', () => {
  it('reads the file, lets the environment and flags override it, and keeps the defaults for the rest', () => {
    const file = join(dir, 'jianbao.config.json');
    writeFileSync(file, JSON.stringify({ alerts: { smtp: 'smtp://mail.example.com:587', digestHour: 7, volumeFactor: 2.5 } }));
    const fromFile = resolveConfig({ file });
    expect(fromFile.alerts).toEqual({ ...DEFAULT_CONFIG.alerts, smtp: 'smtp://mail.example.com:587', digestHour: 7, volumeFactor: 2.5 });
    const env = resolveConfig({ file, env: { JIANBAO_SMTP_URL: 'smtps://u:p@smtp.example.com:465', JIANBAO_MAIL_FROM: '简报 <a@example.com>' } });
    expect(env.alerts).toMatchObject({ smtp: 'smtps://u:p@smtp.example.com:465', from: '简报 <a@example.com>', digestHour: 7 });
    expect(resolveConfig({ file, env: {}, flags: { alerts: { digestHour: 9 } } }).alerts.digestHour).toBe(9);
  });

  it('names the bad value in one line', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ alerts: { digestHour: 25 } }));
    expect(() => resolveConfig({ file })).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: alerts\\.digestHour: `));
    writeFileSync(file, JSON.stringify({ alerts: { smtpServer: 'x' } }));
    expect(() => resolveConfig({ file })).toThrow(/alerts: Unrecognized key/);
  });
});

/**
 * The pure parts of alerting: digest periods in China time, the volume rule, and messages that keep hostile
 * titles inert in HTML, markdown and mail headers.
 */
import { describe, expect, it } from 'vitest';
import { chinaDay, duePeriod } from '../src/alerts/days.js';
import { alertMail, digestMail, webhookBody, type AlertMessage } from '../src/alerts/messages.js';
import { volumeSpike } from '../src/alerts/volume.js';

describe('digest periods', () => {
  it('counts days in China time and sends a day or a week once its hour has come', () => {
    expect(chinaDay(new Date('2026-12-05T15:59:59Z'))).toBe('2026-12-05');
    expect(chinaDay(new Date('2026-12-05T16:00:00Z'))).toBe('2026-12-06');
    expect(duePeriod('daily', new Date('2026-12-06T07:59:00+08:00'), 8)).toEqual({ from: '2026-12-04', to: '2026-12-04', key: '2026-12-04' });
    expect(duePeriod('daily', new Date('2026-12-06T08:00:00+08:00'), 8)).toEqual({ from: '2026-12-05', to: '2026-12-05', key: '2026-12-05' });
    // 2026-12-07 is a Monday: last week is 11-30 (Mon) to 12-06 (Sun), due from 08:00 that Monday.
    expect(duePeriod('weekly', new Date('2026-12-07T08:00:00+08:00'), 8)).toEqual({ from: '2026-11-30', to: '2026-12-06', key: '2026-11-30/2026-12-06' });
    expect(duePeriod('weekly', new Date('2026-12-07T07:00:00+08:00'), 8).to).toBe('2026-11-29');
    expect(duePeriod('weekly', new Date('2026-12-13T23:00:00+08:00'), 8).to).toBe('2026-12-06');
  });
});

describe('volume', () => {
  it('needs more than k× the trailing mean and at least the minimum', () => {
    expect(volumeSpike(5, [1, 1, 1, 1, 1, 1, 1], 3, 5)).toEqual({ count: 5, mean: 1 });
    expect(volumeSpike(3, [1, 1, 1, 1, 1, 1, 1], 3, 1)).toBeNull();
    expect(volumeSpike(4, [0, 0, 0, 0, 0, 0, 0], 3, 5)).toBeNull();
    expect(volumeSpike(10, [7, 0, 0, 0, 0, 0, 0], 3, 5)).toEqual({ count: 10, mean: 1 });
  });
});

describe('messages', () => {
  const hostile: AlertMessage = {
    alert: { id: 7, kind: 'match', day: '2026-12-05', createdAt: '2026-12-05T04:00:00.000Z', volume: null, watchlistId: 1, watchlist: '<b>芯片</b>' },
    article: {
      id: 3, title: '芯片<script>alert(1)</script>**粗**[链接](javascript:x)\r\nBcc: x@evil.example', section: null,
      source: '产业快讯', date: '2026-12-05', url: 'https://news.example.com/a?b=1&c="2"', lead: '正文<img src=x onerror=alert(1)>',
    },
  };

  it('escapes titles in e-mail HTML and keeps line breaks out of the subject', () => {
    const mail = alertMail(hostile);
    expect(mail.html).not.toMatch(/<script|<img|<b>芯片/);
    expect(mail.html).toContain('芯片&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('href="https://news.example.com/a?b=1&amp;c=&quot;2&quot;"');
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.subject.startsWith('【简报监测】关注“<b>芯片</b>”有新文章：')).toBe(true);
  });

  it('escapes markdown for 钉钉 and keeps 企业微信 text within its limit', () => {
    const ding = webhookBody(hostile, 'dingtalk') as { markdown: { text: string } };
    expect(ding.markdown.text).toContain('\\*\\*粗\\*\\*\\[链接\\]\\(javascript:x\\)');
    const long: AlertMessage = { ...hostile, article: { ...hostile.article!, title: '长'.repeat(3000) } };
    const wecom = webhookBody(long, 'wecom') as { msgtype: string; text: { content: string } };
    expect(wecom.msgtype).toBe('text');
    expect(Buffer.byteLength(wecom.text.content)).toBeLessThan(2048);
  });

  it('makes a weekly digest with volume alerts first and each article numbered', () => {
    const volume: AlertMessage = { alert: { ...hostile.alert, id: 8, kind: 'volume', volume: { count: 9, mean: 2 } }, article: null };
    const mail = digestMail('芯片', 'weekly', '2026-11-30', '2026-12-06', [hostile, volume]);
    expect(mail.subject).toBe('【简报监测】关注“芯片”每周摘要 2026-11-30 至 2026-12-06（1 篇）');
    expect(mail.text.split('\n').slice(1, 4)).toEqual(['共 1 篇新文章', '! 关注“<b>芯片</b>”2026-12-05 命中 9 篇，超过近 7 日日均 2 篇', '']);
    expect(mail.html).toContain('<html lang="zh-CN">');
  });
});

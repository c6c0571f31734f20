import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, urlDedupKey } from '../src/fetch/index.js';

describe('canonicalizeUrl', () => {
  it('strips tracking parameters, fragments and default ports, and sorts the query', () => {
    expect(canonicalizeUrl('HTTPS://News.Example.com:443/a/b.html?utm_source=x&spm=a.b&id=7&from=timeline&page=2#comments')).toBe(
      'https://news.example.com/a/b.html?id=7&page=2',
    );
  });
  it('drops a trailing index page', () => {
    expect(canonicalizeUrl('http://example.com/news/index.html')).toBe('http://example.com/news/');
  });
  it('prefers a <link rel=canonical>, resolved against the page', () => {
    expect(canonicalizeUrl('https://m.example.com/a/1.html?share=wechat', '/2021/10/19/a-1.html')).toBe('https://m.example.com/2021/10/19/a-1.html');
    expect(canonicalizeUrl('https://example.com/a', 'javascript:void(0)')).toBe('https://example.com/a');
  });
  it('refuses non-http URLs', () => {
    expect(canonicalizeUrl('file:///etc/passwd')).toBeNull();
  });
});

describe('urlDedupKey', () => {
  it('makes desktop, mobile, http, https and index.html copies collide', () => {
    const keys = [
      'https://www.example.com.cn/news/2021/10/19/1234.html',
      'http://m.example.com.cn/news/2021/10/19/1234.html?utm_medium=social',
      'https://wap.example.com.cn/news/2021/10/19/1234.html#top',
      'https://example.com.cn:443/news/2021/10/19/1234.html',
    ].map((u) => urlDedupKey(u));
    expect(new Set(keys).size).toBe(1);
    expect(urlDedupKey('https://www.example.com/news/')).toBe(urlDedupKey('https://example.com/news/index.html'));
  });
  it('keeps different articles apart', () => {
    expect(urlDedupKey('https://example.com/a?id=1')).not.toBe(urlDedupKey('https://example.com/a?id=2'));
  });
});

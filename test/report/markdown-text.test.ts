import { markdownCell, markdownCode } from '../../src/report/markdown-text';

describe('markdown text from untrusted values', () => {
  test('markdownCell: no pipes, breaks, HTML, links, mentions or control characters', () => {
    expect(markdownCell('a|b')).toBe('a\\|b');
    expect(markdownCell('line 1\nline 2\r\nline 3')).toBe('line 1<br>line 2<br>line 3');
    expect(markdownCell('<script>&amp;')).toBe('&lt;script&gt;&amp;amp;');
    expect(markdownCell('[click](https://evil.example) www.evil.example @octocat')).toBe('\\[click\\](https:&#47;&#47;evil.example) www&#46;evil.example &#64;octocat');
    expect(markdownCell('a\u001b[2Jb')).toBe('a\\u{1b}\\[2Jb');
  });

  test('markdownCode: the fence is longer than any backtick run in the value, so the span shows it literally', () => {
    expect(markdownCode('vision/job')).toBe('`vision/job`');
    expect(markdownCode('a`b')).toBe('`` a`b ``');
    expect(markdownCode('a``b`')).toBe('``` a``b` ```');
    expect(markdownCode('a|b\nc')).toBe('`a\\|b c`');
  });
});

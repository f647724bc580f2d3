import * as assert from 'node:assert/strict';
import { Checker, LineIndex, type Finding } from '../../src/core';
import { segmenter, phraseRule } from './support/project';

// The document model: what is checked in Markdown and plain text, exact ranges in the source,
// inline directives, and 1-based line/column on every kind of line end.
const checker = new Checker(segmenter(), [
  phraseRule('test-bizhe', ['笔者']),
  phraseRule('test-haoxiang', ['好像'], { category: 'hedge', severity: 'warning' }),
]);

/** Each finding's text as sliced from the source, checking the range is inside it. */
function found(text: string, kind: 'markdown' | 'plaintext'): { rule: string; text: string; f: Finding }[] {
  return checker.check(text, kind).findings.map((f) => {
    assert.ok(f.start >= 0 && f.end > f.start && f.end <= text.length, `range ${f.start}..${f.end} outside the text`);
    return { rule: f.ruleId, text: text.slice(f.start, f.end), f };
  });
}
const offsetsOf = (text: string, word: string) => {
  const out: number[] = [];
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) out.push(i);
  return out;
};

describe('document: Markdown prose', () => {
  it('checks headings, list items, block quotes, tables and emphasis, at exact source offsets', () => {
    const md = [
      '# 笔者的标题',
      '',
      '- 列表中笔者一项',
      '  1. 嵌套好像也查',
      '',
      '> 引用里笔者的话',
      '',
      '| 事项 | 说明 |',
      '| --- | --- |',
      '| 一 | 笔者认为 |',
      '',
      '正文**笔者**强调，[笔者链接](http://笔者.example/笔者)收尾。',
      '',
    ].join('\n');
    const hits = found(md, 'markdown');
    assert.ok(hits.every((h) => h.text === '笔者' || h.text === '好像'));
    const expected = offsetsOf(md, '笔者').filter((o) => !md.slice(0, o).endsWith('http://') && !md.slice(o - 1, o).match(/[./]/));
    assert.deepEqual(hits.filter((h) => h.rule === 'test-bizhe').map((h) => h.f.start), expected);
    assert.deepEqual(hits.filter((h) => h.rule === 'test-haoxiang').map((h) => h.f.start), offsetsOf(md, '好像'));
  });

  it('skips fenced and indented code, inline code, front matter, link targets, images and HTML comments', () => {
    const md = [
      '---',
      '目的: 笔者写的卡片',
      '---',
      '',
      '```',
      '笔者在代码块里',
      '```',
      '',
      '~~~text',
      '笔者',
      '~~~',
      '',
      '    笔者在缩进代码里',
      '',
      '行内`笔者`代码，[链接](https://example.com/笔者 "笔者标题")，![笔者](图.png)。',
      '',
      '<!-- 笔者在注释里 -->',
      '',
      '<!--',
      '笔者在多行注释里',
      '-->',
      '',
      '最后一段没有问题。',
    ].join('\n');
    assert.deepEqual(found(md, 'markdown'), []);
  });

  it('checks plain text everywhere, including what looks like Markdown', () => {
    const text = '```\n笔者\n```\n<!-- 笔者 -->\n';
    assert.deepEqual(found(text, 'plaintext').map((h) => h.f.start), offsetsOf(text, '笔者'));
  });

  it('keeps exact ranges after CRLF, astral characters and emoji in Markdown', () => {
    const md = '# 标题𠮷\r\n\r\n👍🏽前文𠮷字，笔者说\r\n\r\n- 𩸽笔者\r\n';
    assert.deepEqual(found(md, 'markdown').map((h) => h.f.start), offsetsOf(md, '笔者'));
  });
});

describe('document: directives', () => {
  it('disable-next-line silences the next line only, for the named rule', () => {
    const md = '<!-- speech-draft-disable-next-line test-bizhe -->\n笔者好像说过。\n\n笔者又说。\n';
    const hits = found(md, 'markdown');
    assert.deepEqual(hits.map((h) => [h.rule, h.f.line]), [['test-haoxiang', 2], ['test-bizhe', 4]]);
  });

  it('disable … enable silences the rules between them; a category works as a target', () => {
    const md = '笔者一。\n\n<!-- speech-draft-disable self-reference -->\n\n笔者二，好像。\n\n<!-- speech-draft-enable self-reference -->\n\n笔者三。\n';
    const hits = found(md, 'markdown');
    assert.deepEqual(hits.map((h) => [h.rule, h.f.line]), [['test-bizhe', 1], ['test-haoxiang', 5], ['test-bizhe', 9]]);
  });

  it('disable with no target silences every rule', () => {
    const md = '<!-- speech-draft-disable -->\n\n笔者好像。\n';
    assert.deepEqual(found(md, 'markdown'), []);
  });

  it('works in plain text after // at the start of a line, and the directive line is not checked', () => {
    const text = '// speech-draft-disable-next-line test-bizhe 笔者\r\n笔者一。\r\n笔者二。\r\n  //speech-draft-disable\r\n笔者三。\r\n';
    const hits = found(text, 'plaintext');
    assert.deepEqual(hits.map((h) => h.f.line), [3]);
  });

  it('survives a plain-text directive still being typed, and it silences nothing', () => {
    for (const partial of ['// speech-draft-', '// speech-draft-disabl', '//speech-draft-enabled-foo']) {
      const text = `${partial}\r\n笔者说。\r\n`;
      assert.deepEqual(found(text, 'plaintext').map((h) => h.f.line), [2], partial);
    }
  });

  it('does not treat a // line in Markdown or a mid-line // in plain text as a directive', () => {
    const text = '笔者说 // speech-draft-disable\n笔者再说。\n';
    assert.equal(found(text, 'plaintext').length, 2);
    const md = '// speech-draft-disable\n\n笔者说。\n';
    assert.equal(found(md, 'markdown').length, 1);
  });
});

describe('document: line and column', () => {
  const cases: [string, string][] = [
    ['LF', '甲\n乙丙\n\n丁笔者'],
    ['CRLF', '甲\r\n乙丙\r\n\r\n丁笔者'],
    ['CR only', '甲\r乙丙\r\r丁笔者'],
    ['mixed', '甲\r\n乙丙\r\n丁笔者'],
  ];
  for (const [name, text] of cases) {
    it(`are 1-based and count UTF-16 units on ${name} line ends`, () => {
      const lines = text.split(/\r\n|\r|\n/);
      const [f] = checker.check(text, 'plaintext').findings;
      assert.equal(f.line, lines.length);
      assert.equal(f.column, 2);
      assert.equal(text.slice(f.start, f.end), '笔者');
    });
  }

  it('counts an astral character as two columns, as editors do', () => {
    const [f] = checker.check('𠮷野笔者', 'plaintext').findings;
    assert.deepEqual([f.line, f.column], [1, 4]);
  });

  it('maps offsets at and around line ends', () => {
    const index = new LineIndex('ab\r\ncd\ref\ngh');
    assert.deepEqual([0, 2, 3, 4, 6, 7, 9, 10, 12].map((o) => index.position(o)), [
      { line: 1, column: 1 }, { line: 1, column: 3 }, { line: 1, column: 4 },
      { line: 2, column: 1 }, { line: 2, column: 3 }, { line: 3, column: 1 },
      { line: 3, column: 3 }, { line: 4, column: 1 }, { line: 4, column: 3 },
    ]);
  });
});

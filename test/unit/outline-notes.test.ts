import * as assert from 'node:assert/strict';
import { chartParts, createChecker, formatNote, isNotesFileName, notesFileName, notesHeader, parseNotes, partsAt, resolveNotesPattern, sentenceToMove, type DocumentKind, type OutlinePart } from '../../src/core/node';
import { segmenter } from './support/project';

// The outline with speaking time, the drafting notes' file format and names, and which sentence
// leaves the draft when it moves to the notes.
describe('outline: the parts of a speech with their speaking time', () => {
  const { checker } = createChecker({ speakingRate: 100 }, segmenter());
  const outline = (text: string, kind: DocumentKind = 'plaintext') => checker.check(text, kind).outline!;
  const tree = (parts: OutlinePart[]): unknown[] => parts.map((p) => [p.title, p.characters, p.minutes, p.line, p.endLine, ...(p.children.length ? [tree(p.children)] : [])]);

  it('plain text: 一、（一）1.（1） paragraphs nest by level, each with its characters and minutes', () => {
    const text = '同志们：\n一、总体要求\n今年要稳中求进。\n（一）目标\n增长百分之五。\n1.稳就业。新增十万人。\n二、保障措施\n加强领导。\n';
    const o = outline(text);
    assert.deepEqual(tree(o.parts), [
      ['一、总体要求', 30, 0.3, 2, 6, [['（一）目标', 18, 0.2, 4, 6, [['1.稳就业', 9, 0.1, 6, 6]]]]],
      ['二、保障措施', 9, 0.1, 7, 8],
    ]);
    assert.deepEqual([o.opening?.characters, o.opening?.line, o.characters, o.minutes, o.speakingRate], [3, 1, 42, 0.4, 100]);
    assert.equal(o.parts[0].lead?.characters, 12, '一、总体要求 and the sentence under it, before （一）');
    assert.equal(o.parts[0].lead!.characters + o.parts[0].children[0].characters, o.parts[0].characters);
  });

  it('Markdown: headings nest by depth and marked paragraphs below them; a list item keeps its number', () => {
    const text = '---\n时长（分钟）: 5\n---\n\n# 讲话\n\n同志们：\n\n## 一、**提高**认识\n\n1. 学深悟透\n2. 知行合一\n\n## 二、狠抓落实\n\n```\n代码不计\n```\n';
    const o = outline(text, 'markdown');
    assert.deepEqual(tree(o.parts), [['讲话', 23, 0.2, 5, 14, [['一、提高认识', 13, 0.1, 9, 12, [['1. 学深悟透', 4, 0, 11, 11], ['2. 知行合一', 4, 0, 12, 12]]], ['二、狠抓落实', 5, 0.1, 14, 14]]]]);
    assert.equal(o.characters, checker.check(text, 'markdown').stats.characters, 'the parts add up to the draft');
    const chart = chartParts(o);
    assert.deepEqual([chart.opening?.characters, chart.parts.map((p) => p.title)], [5, ['一、提高认识', '二、狠抓落实']], 'the title holds the speech: its parts are charted, its own text as the opening');
    assert.deepEqual(partsAt(o, 11).map((p) => p.title), ['讲话', '一、提高认识', '1. 学深悟透']);
  });

  it('a long run-in heading is cut to its words before the first 。 and to 40 characters', () => {
    const o = outline('（一）经济运行稳进提质。全市生产总值增长百分之五。\n（二）' + '长'.repeat(60) + '\n');
    assert.deepEqual(o.parts.map((p) => p.title), ['（一）经济运行稳进提质', `（二）${'长'.repeat(36)}…`]);
  });

  it('a draft with no heading has no parts, only its length', () => {
    const o = outline('同志们：今天开会。\n');
    assert.deepEqual([o.parts, o.opening, o.characters], [[], undefined, 7]);
  });
});

describe('drafting notes (起草说明): file names and format', () => {
  it('the file is named from the setting; one per draft; a bad setting falls back to the default with a reason', () => {
    const { pattern } = resolveNotesPattern(undefined);
    assert.equal(notesFileName('讲话.md', pattern), '讲话.起草说明.md');
    assert.equal(notesFileName('讲话.v2.txt', pattern), '讲话.v2.起草说明.md');
    assert.ok(isNotesFileName('讲话.起草说明.md', pattern) && !isNotesFileName('讲话.md', pattern) && !isNotesFileName('.起草说明.md', pattern));
    assert.equal(notesFileName('讲话.md', resolveNotesPattern('起草说明-${fileBasenameNoExtension}.md').pattern), '起草说明-讲话.md');
    for (const bad of ['notes.md', '../${fileBasenameNoExtension}.md', '${fileBasenameNoExtension}${fileBasenameNoExtension}.md', 42]) {
      const r = resolveNotesPattern(bad);
      assert.equal(r.pattern, '${fileBasenameNoExtension}.起草说明.md', String(bad));
      assert.match(r.problem!.zh, /notesFile 应为含一次/);
    }
  });

  it('a note is a dated heading with its line and section, the sentence quoted, and why: written and read back', () => {
    const text = notesHeader('讲话.md') + formatNote({ date: '2025-01-15', line: 12, section: '二、压实 责任', text: '我个人认为，应由应急局牵头。\n第二行。', reason: '个人观点（私货）' });
    assert.equal(text, '# 起草说明：讲话.md\n\n以下内容从讲话稿中移出，作为起草人的参谋意见，供领导审定；不在讲话中讲。\n\n## 2025-01-15 · 第 12 行 · 二、压实 责任\n\n> 我个人认为，应由应急局牵头。\n> 第二行。\n\n移出原因：个人观点（私货）\n');
    const withComment = text + formatNote({ date: '2025-01-16', line: 3, text: '据说要调整。' }, '\r\n').replace(/\r\n$/, '\r\n\r\n领导已阅，可采纳。\r\n');
    assert.deepEqual(parseNotes(withComment), [
      { date: '2025-01-15', line: 12, section: '二、压实 责任', text: '我个人认为，应由应急局牵头。\n第二行。', reason: '个人观点（私货）' },
      { date: '2025-01-16', line: 3, text: '据说要调整。', comment: '领导已阅，可采纳。' },
    ]);
    assert.deepEqual(parseNotes('# 起草说明：x\n\n随手记的话，不是条目。\n'), []);
  });
});

describe('the sentence that moves to the notes', () => {
  const move = (text: string, at: string, kind: DocumentKind = 'plaintext') => {
    const found = sentenceToMove(text, kind, text.indexOf(at));
    return found && { sentence: found.sentence, left: text.slice(0, found.remove.start) + text.slice(found.remove.end) };
  };

  it('a sentence among others goes with the spaces after it; the rest of the paragraph stays', () => {
    assert.deepEqual(move('要压实责任。我个人认为，应由应急局牵头。 各部门要配合。\n', '个人'), { sentence: '我个人认为，应由应急局牵头。', left: '要压实责任。各部门要配合。\n' });
    assert.deepEqual(move('要压实责任。据说要调整\n', '据说'), { sentence: '据说要调整', left: '要压实责任。\n' });
  });

  it('a sentence alone on its line goes with its line break (the one before it at the end of a paragraph), CRLF kept', () => {
    assert.deepEqual(move('同志们：\r\n\u3000\u3000笔者认为要抓紧。\r\n下面讲三点。\r\n', '笔者'), { sentence: '笔者认为要抓紧。', left: '同志们：\r\n下面讲三点。\r\n' });
    assert.deepEqual(move('同志们：\n笔者认为要抓紧。', '笔者'), { sentence: '笔者认为要抓紧。', left: '同志们：\n' });
    assert.deepEqual(move('- 甲。\n- 我个人认为应当这样。', '我个人', 'markdown'), { sentence: '我个人认为应当这样。', left: '- 甲。' });
  });

  it('Markdown: markup inside the sentence goes with it, a list item or heading goes whole, a cut through markup is refused', () => {
    assert.deepEqual(move('要抓紧。我**个人**认为应当这样。其他。\n', '我', 'markdown'), { sentence: '我**个人**认为应当这样。', left: '要抓紧。其他。\n' });
    assert.deepEqual(move('- 甲。\n- 我个人认为应当这样。\n- 乙。\n', '我个人', 'markdown'), { sentence: '我个人认为应当这样。', left: '- 甲。\n- 乙。\n' });
    assert.deepEqual(move('要抓紧。**我个人认为应当这样。其他**。\n', '我个人', 'markdown'), { sentence: '我个人认为应当这样。', left: '要抓紧。**其他**。\n' });
    assert.equal(move('**甲。我个人认为**应当这样。\n', '我个人', 'markdown'), undefined, 'half of the bold would be left');
    assert.equal(move('---\n讲话人: 我个人\n---\n', '我个人', 'markdown'), undefined, 'not from the intent card');
  });
});

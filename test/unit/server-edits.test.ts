import * as assert from 'node:assert/strict';
import { applyEdits, createChecker, markdownShape, mergeFixes, type Finding } from '../../src/core/node';
import { stillMatches } from '../../src/server/edits';
import { disableCommentEdit } from '../../src/server/disableComment';
import { segmenter } from './support/project';

// Quick-fix edits, fix-all merging and the disable comment, judged on what the real checker
// (real jieba) reports before and after the edit.
describe('server: quick-fix edits', () => {
  const { checker } = createChecker(undefined, segmenter());
  const ids = (text: string, kind: 'markdown' | 'plaintext' = 'markdown') => checker.check(text, kind).findings.map((f) => f.ruleId);
  const draft = '同志们：\n\n笔者认为,安全生产是发展的底线.我们要抓好落实。\n';

  it("a fix replaces exactly the finding's text and nothing around it", () => {
    const finding = checker.check(draft, 'markdown').findings.find((f) => f.ruleId === 'author-pronoun')!;
    const [edit] = mergeFixes([finding]);
    assert.deepEqual([edit.start, edit.end - edit.start], [finding.start, finding.end - finding.start]);
    const fixed = applyEdits(draft, [edit]);
    assert.equal(fixed, draft.slice(0, finding.start) + finding.fixes[0].replacement + draft.slice(finding.end));
    assert.ok(!ids(fixed).includes('author-pronoun'));
  });

  it('merged fixes apply every first fix at once and leave the leader-voice text as it was', () => {
    const findings = checker.check(draft, 'markdown').findings;
    const fixed = applyEdits(draft, mergeFixes(findings));
    assert.equal(fixed, '同志们：\n\n我认为，安全生产是发展的底线。我们要抓好落实。\n');
    assert.deepEqual(ids(fixed).filter((id) => id === 'half-width-punctuation' || id === 'author-pronoun'), []);
  });

  it('merging skips a fix that overlaps an earlier one instead of garbling the text', () => {
    const at = (offset: number, length: number, replacement: string): Finding => ({ ruleId: 'r', category: 'wording', severity: 'warning', message: '', start: offset, end: offset + length, text: '', line: 1, column: offset + 1, endLine: 1, endColumn: offset + length + 1, fixes: [{ title: 't', replacement, safe: true }], related: [] });
    const edits = mergeFixes([at(4, 3, 'X'), at(0, 5, 'Y'), at(8, 0, 'Z'), at(8, 0, 'Z'), at(9, 1, '')]);
    assert.deepEqual(edits.map((e) => [e.start, e.end - e.start, e.newText]), [[0, 5, 'Y'], [8, 0, 'Z'], [9, 1, '']]);
    assert.equal(applyEdits('0123456789', edits), 'Y567Z8');
    // A deletion that contains a smaller fix starting at the same place wins over it.
    assert.deepEqual(mergeFixes([at(2, 1, '。'), at(2, 6, '')]).map((e) => [e.start, e.end - e.start]), [[2, 6]]);
  });

  it('a stale finding (text changed since) is not offered', () => {
    const finding = checker.check(draft, 'markdown').findings[0];
    assert.equal(finding.text, '笔者');
    assert.ok(stillMatches(draft, finding));
    assert.ok(!stillMatches('啊' + draft, finding));
  });

  /** Disables author-pronoun on its first finding; returns the text after the edit. */
  function disableFirst(text: string, kind: 'markdown' | 'plaintext' = 'markdown'): string {
    const finding = checker.check(text, kind).findings.find((f) => f.ruleId === 'author-pronoun')!;
    const edit = disableCommentEdit(text, kind, finding.start, 'author-pronoun', finding.end);
    assert.ok(edit, `a disable edit is offered in ${JSON.stringify(text)}`);
    return applyEdits(text, [edit]);
  }

  // Each case: a finding in Markdown where a comment line above would change what renders.
  const structures: [string, string, string][] = [
    ['a table row', '| 指标 | 说明 |\n| --- | --- |\n| 增长 | 笔者认为较快 |\n| 就业 | 稳定 |\n', '| 增长 | 笔者认为较快 <!-- speech-draft-disable-line author-pronoun --> |'],
    ['a tight list', '- 第一点。\n- 笔者认为要抓紧。\n- 第三点。\n', '- 笔者认为要抓紧。 <!-- speech-draft-disable-line author-pronoun -->'],
    ['a soft-wrapped paragraph', '这项工作很重要，\n笔者认为要抓紧，\n不能拖延。\n', '笔者认为要抓紧， <!-- speech-draft-disable-line author-pronoun -->'],
    ['a lazy blockquote', '> 引用的第一行，\n笔者认为要抓紧。\n', '笔者认为要抓紧。 <!-- speech-draft-disable-line author-pronoun -->'],
    ['a lazy list continuation', '1. 第一点，\n笔者认为要抓紧。\n2. 第二点。\n', '笔者认为要抓紧。 <!-- speech-draft-disable-line author-pronoun -->'],
    ['a line ending in a hard break', '笔者认为要抓紧。  \n下一行。\n', '笔者认为要抓紧。 <!-- speech-draft-disable-line author-pronoun -->  '],
    ['a heading with a closing sequence', '## 笔者的话 ##\n', '## 笔者的话 <!-- speech-draft-disable-line author-pronoun --> ##'],
    ['a quoted list item', '> - 第一点。\n> - 笔者认为要抓紧。\n', '> - 笔者认为要抓紧。 <!-- speech-draft-disable-line author-pronoun -->'],
  ];
  for (const [name, text, line] of structures) {
    it(`"disable for this line" in ${name} renders the same (parsed before and after) and silences only that finding`, () => {
      const after = disableFirst(text);
      assert.ok(after.split('\n').includes(line), after);
      assert.equal(markdownShape(after), markdownShape(text));
      const before = checker.check(text, 'markdown').findings;
      const left = checker.check(after, 'markdown').findings;
      assert.equal(left.filter((f) => f.ruleId === 'author-pronoun').length, before.filter((f) => f.ruleId === 'author-pronoun').length - 1);
    });
  }

  it('the Markdown disable comment keeps the next list item checked and the other rules on the line', () => {
    const after = disableFirst('# 讲话\n\n- 笔者认为,这项工作很重要。\n- 笔者补充一点。\n');
    const left = checker.check(after, 'markdown').findings;
    assert.equal(left.filter((f) => f.ruleId === 'author-pronoun').length, 1, 'the next list item is still checked');
    assert.ok(left.some((f) => f.ruleId === 'half-width-punctuation'), 'other rules still apply to the line');
  });

  it('a line that ends inside a code span gets no trailing comment there: the comment would show as code', () => {
    const text = '笔者认为 `代码\n续` 要抓紧。\n';
    const finding = checker.check(text, 'markdown').findings.find((f) => f.ruleId === 'author-pronoun')!;
    const edit = disableCommentEdit(text, 'markdown', finding.start, 'author-pronoun', finding.end);
    if (edit) assert.equal(markdownShape(applyEdits(text, [edit])), markdownShape(text));
  });

  it('in plain text a line starting with ">" gets a real directive line, and the finding goes', () => {
    const text = '同志们：\n> 笔者认为这项工作很重要。\n';
    const after = disableFirst(text, 'plaintext');
    assert.equal(after, '同志们：\n// speech-draft-disable-next-line author-pronoun\n> 笔者认为这项工作很重要。\n');
    assert.ok(!ids(after, 'plaintext').includes('author-pronoun'));
  });

  it('the plain-text disable comment uses // and keeps CRLF line ends', () => {
    const text = '同志们：\r\n  笔者认为这项工作很重要。\r\n';
    const finding = checker.check(text, 'plaintext').findings.find((f) => f.ruleId === 'author-pronoun')!;
    const edit = disableCommentEdit(text, 'plaintext', finding.start, 'author-pronoun')!;
    const after = applyEdits(text, [edit]);
    assert.equal(after, '同志们：\r\n  // speech-draft-disable-next-line author-pronoun\r\n  笔者认为这项工作很重要。\r\n');
    assert.ok(!ids(after, 'plaintext').includes('author-pronoun'));
  });

  it('no disable comment inside Markdown front matter (it would break the intent card)', () => {
    const text = '---\n场合: 笔者座谈会\n---\n\n正文。\n';
    assert.equal(disableCommentEdit(text, 'markdown', text.indexOf('笔者'), 'author-pronoun'), undefined);
    assert.ok(disableCommentEdit(text, 'markdown', text.indexOf('正文'), 'x'));
  });
});

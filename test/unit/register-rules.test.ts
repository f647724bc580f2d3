import * as assert from 'node:assert/strict';
import { createChecker } from '../../src/core/node';
import { ruleAssertions } from './support/ruleAssertions';

// What the packs' own examples cannot say: a finding on the fourth of four equal words, and
// exact ranges on CRLF text with astral characters.
describe('register and norms rules', function () {
  this.timeout(20000);
  const { checker } = createChecker();
  const { findings, flagsOnly } = ruleAssertions(checker);

  it('reports the fourth 进一步 in a paragraph, not the third (real reports use one three times)', () => {
    const text = '要进一步提高认识，进一步加强领导，进一步落实责任，进一步强化措施。';
    assert.deepEqual(findings(text, 'stock-phrase-repeated').map((f) => f.start), [text.lastIndexOf('进一步')]);
  });

  it('gives exact ranges on CRLF text with astral characters', () => {
    const text = '同志们：\r\n𠮷祥如意，这事真是烦透了。\r\n截止到上周五，全市已完成。\r\n';
    flagsOnly(text, 'fed-up', '烦透了');
    flagsOnly(text, 'jiezhi-before-date', '截止到');
    assert.equal(findings(text, 'fed-up')[0].start, text.indexOf('烦透了'));
  });
});

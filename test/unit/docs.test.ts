import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, runCli } from './support/project';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

// What the docs promise is what the product does.
describe('docs', () => {
  it("the README's sample output is exactly what its set-up command prints", () => {
    const doc = read('README.md');
    const command = 'npm ci && node bin/speech-draft.js check examples/draft-safety-meeting.md';
    assert.ok(doc.includes(command));
    const sample = /```text\n([\s\S]*?)```/.exec(doc.slice(doc.indexOf(command)))?.[1];
    const run = runCli(['check', 'examples/draft-safety-meeting.md']);
    assert.equal(run.status, 1, 'the doc says it exits with 1');
    assert.equal(sample, run.stdout);
  });

  it('the extension page is the drafter\'s README, Chinese first, with a screenshot; developer set-up only at its end', () => {
    const readme = read('README.md');
    const forDrafters = readme.slice(0, readme.indexOf('## 从源码运行'));
    assert.match(readme, /^# 讲稿助手/);
    assert.ok(/!\[[^\]]*\]\(docs\/images\/extension-at-work\.png\)/.test(readme));
    assert.ok(forDrafters.length > readme.length / 2 && !/npm (ci|test|run)/.test(forDrafters), 'no npm before the last section of the users\' README');
    for (const file of ['docs/images/extension-at-work.png', 'images/icon.png', 'LICENSE', 'CHANGELOG.md', 'docs/other-editors.md']) {
      assert.ok(fs.existsSync(path.join(ROOT, file)), file);
      assert.ok(read('.vscodeignore').includes(`!${file}`), `${file} is in the .vsix`);
    }
    const png = fs.readFileSync(path.join(ROOT, 'images', 'icon.png'));
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128], 'the icon is 128×128');
  });

  it('setting descriptions speak to a drafter: no internal brief, no command line the .vsix lacks', () => {
    const nls = read('package.nls.json');
    assert.ok(!/brief|§|speech-draft rules|npx|npm/i.test(nls), nls.match(/.{0,40}(brief|§|speech-draft rules|npx|npm).{0,40}/i)?.[0]);
  });
});

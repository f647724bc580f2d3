import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT } from './support/project';

// The module graph of src/: no import cycles (type-only imports count too: a cycle of types
// is a sign that shared types sit in an implementation file), and the core never imports vscode.
const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module specifier a file names: import/export … from, import(), require(). */
function specifiers(code: string): string[] {
  const out: string[] = [];
  const patterns = [/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\b(?:import|require)\(\s*['"]([^'"]+)['"]\s*\)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

function resolveLocal(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

const files = sourceFiles(SRC);
const graph = new Map<string, string[]>();
const external = new Map<string, string[]>();
for (const file of files) {
  const specs = specifiers(fs.readFileSync(file, 'utf8'));
  graph.set(file, specs.map((s) => resolveLocal(file, s)).filter((f): f is string => f !== undefined && f.endsWith('.ts')));
  external.set(file, specs.filter((s) => !s.startsWith('.')));
}

/** One cycle of the graph as a list of nodes, or undefined. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): string[] | undefined => {
    state.set(file, 'visiting');
    stack.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'visiting') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    stack.pop();
    state.set(file, 'done');
    return undefined;
  };
  for (const file of graph.keys()) {
    if (state.has(file)) continue;
    const cycle = visit(file);
    if (cycle) return cycle;
  }
  return undefined;
}

describe('module graph of src/', () => {
  it('finds the imports it walks (the walk is not vacuous)', () => {
    assert.ok(files.length > 40, `${files.length} files`);
    const edges = [...graph.values()].reduce((n, list) => n + list.length, 0);
    assert.ok(edges > 100, `${edges} local imports`);
    assert.ok(graph.get(path.join(SRC, 'core', 'checker.ts'))!.includes(path.join(SRC, 'core', 'model.ts')));
  });

  it('would report a cycle, type-only or not', () => {
    const toy = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    assert.deepEqual(findCycle(toy), ['a', 'b', 'c', 'a']);
    assert.deepEqual(specifiers("import type { X } from './x';\nexport { y } from '../y';"), ['./x', '../y']);
  });

  it('has no import cycle', () => {
    const cycle = findCycle(graph);
    assert.equal(cycle, undefined, `import cycle: ${cycle?.map((f) => path.relative(SRC, f)).join(' → ')}`);
  });

  it('keeps the shared types in a module that imports nothing', () => {
    const model = path.join(SRC, 'core', 'model.ts');
    assert.deepEqual([...graph.get(model)!, ...external.get(model)!], []);
    const protocolFile = path.join(SRC, 'protocol.ts');
    assert.deepEqual([...graph.get(protocolFile)!, ...external.get(protocolFile)!], []);
  });

  it('the core and the server never import vscode, nor anything outside the core', () => {
    for (const file of files) {
      const rel = path.relative(SRC, file);
      if (!rel.startsWith('core') && !rel.startsWith('server')) continue;
      assert.ok(!external.get(file)!.includes('vscode'), `${rel} imports vscode`);
      if (rel.startsWith('core')) for (const dep of graph.get(file)!) assert.ok(path.relative(SRC, dep).startsWith('core'), `${rel} imports ${path.relative(SRC, dep)}`);
    }
  });
});

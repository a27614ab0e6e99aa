import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Replaces (or appends) the section between `<!-- bench:<name> -->` markers in BENCHMARKS.md. */
export function writeBenchmarkSection(name: string, section: string): void {
  const file = join(__dirname, '..', 'BENCHMARKS.md');
  const begin = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n\nMeasured figures; each section says how to reproduce it.\n\n';
  const block = `${begin}\n${section}\n${end}`;
  const next = current.includes(begin) ? current.replace(new RegExp(`${begin}[\\s\\S]*${end}`), block) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}

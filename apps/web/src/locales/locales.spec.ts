import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { translations } from './bundles';

type Tree = { [key: string]: string | Tree };

/** Every leaf of a translation file as [dotted.key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
}

const files: Record<string, Tree> = translations as unknown as Record<string, Tree>;
const en = files.en;
const prefixes = Object.keys(en).join('|');
const keysOf = (locale: string) => leaves(files[locale]).map(([key]) => key).sort();

describe('translation files', () => {
  it.each(['ja', 'ko'])('%s has exactly the keys of en', (locale) => {
    expect(keysOf(locale)).toEqual(keysOf('en'));
  });

  it.each(['en', 'ja', 'ko'])('%s has a non-empty string for every key', (locale) => {
    const bad = leaves(files[locale])
      .filter(([, value]) => typeof value !== 'string' || value.trim() === '')
      .map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it.each(['ja', 'ko'])('%s uses the same {{placeholders}} as en in every message', (locale) => {
    const english = Object.fromEntries(leaves(en));
    const mismatched = leaves(files[locale])
      .filter(([key, value]) => placeholders(String(value)).join() !== placeholders(String(english[key])).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it('has a message for every key written literally in the portal source', () => {
    const sourceRoot = join(__dirname, '..');
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.tsx?$/.test(name) && !name.endsWith('.spec.ts')) files.push(path);
      }
    };
    walk(sourceRoot);
    const known = new Set(keysOf('en'));
    const missing: string[] = [];
    let checked = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      // t('a.b'), messageKey="a.b", { error: 'a.b' } and typed key literals such as title: 'home.tasks.x.title'.
      for (const match of text.matchAll(new RegExp(`['"]((?:${prefixes})\\.[A-Za-z0-9_.]+)['"]`, 'g'))) {
        checked += 1;
        if (!known.has(match[1])) missing.push(`${match[1]} (${file.slice(sourceRoot.length + 1)})`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});

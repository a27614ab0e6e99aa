import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface EmbeddedDatabaseProcess {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the embedded database (PGlite behind its socket server) in a child process, as `npm start` runs
 * it in the API process: jest's module sandbox cannot load PGlite's WebAssembly itself.
 */
export function startEmbeddedDatabaseProcess(dataDir: string): Promise<EmbeddedDatabaseProcess> {
  const script = join(__dirname, 'embedded-database.main.ts');
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', script, dataDir], {
    cwd: join(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.once('exit', (code) => reject(new Error(`the embedded database exited early (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((l) => l.startsWith('postgresql://'));
      if (!line) return;
      resolve({
        url: line.trim(),
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}

import { spawn } from 'node:child_process';
import packageJson from '../../package.json';

export interface ScanTiming {
  /** Messages reported on stdout (JSON lines). */
  messages: number;
  seconds: number;
  /** Peak resident memory of the scan process, as the scan reports it on stderr. */
  peakMegabytes: number;
  exitStatus: number | null;
}

const PEAK = /peak memory (\d+) MB/;

/** What `npm run scan` gives node, read from package.json so that the bench runs the command as shipped, flags included. */
const SCAN_NODE_ARGUMENTS = packageJson.scripts.scan.split(' ').slice(1);

/** Runs `npm run scan` as a security officer would (a process of its own, JSON lines out) and times it. */
export function timeScan(path: string, jobs: number): Promise<ScanTiming> {
  const started = performance.now();
  const child = spawn(process.execPath, [...SCAN_NODE_ARGUMENTS, '--format', 'jsonl', '--progress', '--jobs', String(jobs), path], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let messages = 0;
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(0x0a); at !== -1; at = chunk.indexOf(0x0a, at + 1)) messages += 1;
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4096);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitStatus) => {
      const peak = PEAK.exec(stderr);
      if (!peak) {
        reject(new Error(`the scan printed no memory figure (exit ${exitStatus}): ${stderr.slice(-500)}`));
        return;
      }
      resolve({ messages, seconds: (performance.now() - started) / 1000, peakMegabytes: Number(peak[1]), exitStatus });
    });
  });
}

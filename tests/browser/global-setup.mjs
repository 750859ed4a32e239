// Starts JupyterLab once for all browser tests as a learner does, through `python lab.py` (token auth on 127.0.0.1,
// a free port), and stops it afterwards. The tests find it through LAB_PORT and LAB_TOKEN; its console output goes
// to target/browser/lab.log. LAB_PYTHON (set by `python lab.py test`) is the interpreter that runs lab.py.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort, OUT, ROOT } from './helpers.mjs';

export default async function globalSetup() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'work'), { recursive: true });
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const python = process.env.LAB_PYTHON || (process.platform === 'win32' ? 'python' : 'python3');
  const lab = spawn(python, ['lab.py', '--no-browser', `--ServerApp.port=${port}`, '--ServerApp.port_retries=0'],
    { cwd: ROOT, env: { ...process.env, JUPYTER_TOKEN: token }, detached: process.platform !== 'win32',
      stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  for (const stream of [lab.stdout, lab.stderr]) stream.on('data', (d) => log.push(String(d)));
  const stop = () => {
    writeFileSync(join(OUT, 'lab.log'), log.join(''));
    if (lab.exitCode !== null) return;
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(lab.pid), '/T', '/F']);
    else try { process.kill(-lab.pid, 'SIGTERM'); } catch { /* already gone */ }
  };
  for (const deadline = Date.now() + 300_000; ;) {
    if (lab.exitCode !== null || Date.now() > deadline) {
      stop();
      throw new Error(`python lab.py ${lab.exitCode !== null ? `exited with ${lab.exitCode}` : 'did not answer in 300 s'}:\n${log.join('')}`);
    }
    const r = await fetch(`http://127.0.0.1:${port}/api/status?token=${token}`).catch(() => null);
    if (r && r.ok) break;
    await new Promise((res) => setTimeout(res, 500));
  }
  writeFileSync(join(OUT, 'lab.log'), log.join(''));
  Object.assign(process.env, { LAB_PORT: String(port), LAB_TOKEN: token });
  return stop;
}

/**
 * The Crosscheck command line (the analysis contract, shared/contract/README.md):
 *   crosscheck analyze PAGE.html [PAGE2.html …] [--url URL] [--all]
 *   crosscheck compare PAGE1.html PAGE2.html [...]
 * Entry point only: it wires argv and stdio to the commands in scripts/cli/.
 */
import { runAnalyze, type CliIo } from './cli/analyze';

const USAGE =
  'usage: crosscheck analyze PAGE.html [more.html …] [--url URL] [--all]\n       crosscheck compare PAGE1.html PAGE2.html [...]';

type Command = (args: string[], io: CliIo) => Promise<number>;

async function loadCompare(): Promise<Command | null> {
  try {
    const mod = (await import('./cli/compare')) as { runCompare?: Command };
    return typeof mod.runCompare === 'function' ? mod.runCompare : null;
  } catch {
    return null;
  }
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'analyze') return runAnalyze(args, io);
  if (command === 'compare') {
    const run = await loadCompare();
    if (!run) {
      io.stderr('crosscheck: compare is not available\n');
      return 2;
    }
    return run(args, io);
  }
  io.stderr(`crosscheck: ${command ? `unknown command ${command}` : 'no command'}\n${USAGE}\n`);
  return 2;
}

const io: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`crosscheck: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);

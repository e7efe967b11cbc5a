/**
 * The Crosscheck command line (documented in docs/cli.md):
 *   crosscheck analyze PAGE.html|TEXT.txt|- [more …] [--url URL] [--all]
 *   crosscheck compare PAGE1.html PAGE2.html […] [--all] [--trusted D1,D2]
 * Entry point only: it wires argv and stdio to the commands in scripts/cli/.
 */
import { runAnalyze, ANALYZE_USAGE, type CliIo } from './cli/analyze';

const COMPARE_LINE =
  'usage: crosscheck compare PAGE1.html PAGE2.html [...] [--all] [--trusted domain,domain]';
const USAGE = `${ANALYZE_USAGE}\n${COMPARE_LINE.replace('usage:', '      ')}`;

const HELP = `Crosscheck: the figures a news page reports about the Pakistan–Afghanistan
conflict, and how they compare across outlets. Prints JSON on stdout.

${USAGE}
       crosscheck help [analyze|compare]

Commands:
  analyze   one saved page → its coverage verdict, article and figures
            (several pages → one JSON line each)
  compare   several pages → their figures side by side, row by row

Run from the project with: npm run --silent crosscheck -- COMMAND …
"crosscheck COMMAND --help" describes each command; docs/cli.md has the
whole reference (every field, exit codes, limits, examples).
`;

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
  if (command === 'help' || command === '--help' || command === '-h') {
    const topic = args[0];
    if (topic === 'analyze' || topic === 'compare') return main([topic, '--help'], io);
    io.stdout(HELP);
    return 0;
  }
  if (command === 'analyze') return runAnalyze(args, io);
  if (command === 'compare') {
    const run = await loadCompare();
    if (!run) {
      io.stderr('crosscheck: compare is not available\n');
      return 2;
    }
    return run(args, io);
  }
  io.stderr(
    `crosscheck: ${command ? `unknown command ${command}` : 'no command'}\n${USAGE}\n(crosscheck --help for more)\n`,
  );
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

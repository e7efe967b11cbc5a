/**
 * Command-line options of `npm run bench`.
 */
export const SECTIONS = ['sizes', 'content', 'analysis', 'popup', 'compare', 'cli'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchArgs {
  quick: boolean;
  /** Sections to run (all by default). */
  only: Section[];
  /** Benchmark data folder, or null for the default. */
  bench: string | null;
  /** Skip `npm run build` / `npm run zip` (use the existing .output). */
  noBuild: boolean;
  /** A git commit or branch whose build the popup section opens in turn with this one, or null. */
  popupBaseline: string | null;
}

const USAGE = `npm run bench -- [--quick] [--only ${SECTIONS.join('|')}[,…]] [--bench DIR] [--no-build] [--popup-baseline REF]`;

/**
 * @example parseBenchArgs(['--quick', '--only', 'cli']) // { quick: true, only: ['cli'], … }
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const args: BenchArgs = {
    quick: false,
    only: [...SECTIONS],
    bench: null,
    noBuild: false,
    popupBaseline: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--quick') args.quick = true;
    else if (a === '--no-build') args.noBuild = true;
    else if (a === '--bench') args.bench = value();
    else if (a === '--popup-baseline') args.popupBaseline = value();
    else if (a === '--only') {
      const wanted = value()
        .split(',')
        .map((s) => s.trim());
      const bad = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
      if (bad.length) throw new Error(`unknown section ${bad.join(', ')}\n${USAGE}`);
      args.only = wanted as Section[];
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  return args;
}

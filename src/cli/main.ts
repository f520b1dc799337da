// The `fictif` command: parses options and calls the library. Each command lives in commands/.
import { Command, CommanderError } from 'commander';
import { removeTemporaryFiles } from '../io/atomic.js';
import { VERSION } from '../version.js';
import { commands } from './commands/index.js';
import { reportError } from './common.js';

export function buildProgram(): Command {
  const program = new Command('fictif')
    .description(
      'Hand a dataset to an outsider without handing over real people.\n' +
        'With no FILE, every command works on the built-in fictitious benefits population (see `fictif demo`).',
    )
    .version(VERSION, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ sortSubcommands: false })
    .exitOverride();
  for (const make of commands) {
    const cmd = make();
    cmd.exitOverride();
    cmd.showHelpAfterError('(run with --help for usage)');
    program.addCommand(cmd);
  }
  return program;
}

let interruptible = false;

/** On Ctrl-C or a kill, the outputs being written are removed before the process exits (130, 143). */
function removeOutputsOnInterrupt(): void {
  if (interruptible) return;
  interruptible = true;
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.once(signal, () => {
      removeTemporaryFiles();
      process.exit(code);
    });
}

/** Run the CLI; resolves to the exit code. Never throws. */
export async function main(argv: string[]): Promise<number> {
  removeOutputsOnInterrupt();
  const debug = argv.includes('--debug');
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit with code 0; commander has already printed its message.
      return e.exitCode === 0 ? 0 : 2;
    }
    const { line, code } = reportError(e, debug);
    process.stderr.write(`${line}\n`);
    return code;
  }
}

// Run directly (tsx src/cli/main.ts ...).
if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

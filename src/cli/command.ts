/** What every admin command shares: its usage, and the error that means "you typed it wrong". */
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { MIN_PASSWORD_LENGTH } from '../core/team/user.ts';

export type Command = {
  name: string;
  /** The synopsis, e.g. `reset-password EMAIL [--password P]`. */
  usage: string;
  /** One line for the command list. */
  summary: string;
  /** Checks every argument before touching the database, so bad arguments change nothing. */
  run(args: string[]): Promise<void>;
};

/** Bad arguments: the entry point prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  readonly usage: string | undefined;

  constructor(message: string, usage?: string) {
    super(message);
    this.name = 'UsageError';
    this.usage = usage;
  }
}

/** `util.parseArgs` (strict unless told otherwise), its errors turned into a UsageError with the command's usage. */
export function parseCommandArgs<const T extends ParseArgsConfig>(
  command: Pick<Command, 'usage'>,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error), command.usage);
  }
}

/** A password given on the command line must meet the same rule as one set in the console. */

export function assertPasswordArg(password: string | undefined, command: Pick<Command, 'usage'>): void {
  if (password !== undefined && password.length < MIN_PASSWORD_LENGTH) {
    throw new UsageError(
      `--password must be at least ${MIN_PASSWORD_LENGTH} characters (or leave it out to have one generated).`,
      command.usage,
    );
  }
}

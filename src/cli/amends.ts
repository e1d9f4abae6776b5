/** `npm run amends -- <command>`: admin jobs on the Amends database (see `help`). */
import { isAppError } from '../core/shared/app-error.ts';
import { type Command, UsageError } from './command.ts';
import { createUserCommand } from './commands/create-user.ts';
import { demoCommand } from './commands/demo.ts';
import { migrateCommand } from './commands/migrate.ts';
import { resetPasswordCommand } from './commands/reset-password.ts';

const COMMANDS: Command[] = [migrateCommand, createUserCommand, resetPasswordCommand, demoCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  return [
    'Usage: npm run amends -- <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Details: npm run amends -- <command> --help',
    'Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in the data folder (AMENDS_DATA_DIR, default ./data).',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    console.log(usage());
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(name ? `Unknown command: ${name}\n` : 'Which command?\n');
    console.error(usage());
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    console.log(`Usage: npm run amends -- ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    await command.run(args);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      console.error(`Usage: npm run amends -- ${error.usage ?? command.usage}`);
      return 2;
    }
    // AppError messages are written for people; anything else is a failure we did not foresee.
    console.error(isAppError(error) || error instanceof Error ? error.message : String(error));
    return 1;
  }
}

// Everything is closed by now, so the process ends by itself once the output is written.
process.exitCode = await main(process.argv.slice(2));

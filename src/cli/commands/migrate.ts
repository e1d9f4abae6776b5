import { loadEnv } from '../../config/env.ts';
import { type Command, parseCommandArgs } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'Apply database migrations (npm start does this too).',
  async run(args) {
    parseCommandArgs(migrateCommand, { args, options: {} });
    await withDatabase(loadEnv(), console.error, async ({ applied, where }) => {
      if (applied.length === 0) {
        console.log(`The database is up to date: no migrations to apply (${where}).`);
      } else {
        console.log(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'} to ${where}:`);
        for (const name of applied) console.log(`  ${name}`);
      }
      console.log('The background job tables are ready too.');
    });
  },
};

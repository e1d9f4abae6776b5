import { newSecret } from '../../app/auth/secrets.ts';
import { loadEnv } from '../../config/env.ts';
import { assertPasswordArg, type Command, parseCommandArgs } from '../command.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { ensureAdminLikeFirstStart } from '../first-admin.ts';
import { withDatabase } from '../with-database.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo [--password P]',
  summary: 'Load a realistic demo: two teams, five people, ten customers, a dozen cases. Safe to run twice.',
  async run(args) {
    const { values } = parseCommandArgs(demoCommand, { args, options: { password: { type: 'string' } } });
    assertPasswordArg(values.password, demoCommand);
    const password = values.password ?? newSecret().slice(0, 20);

    const env = loadEnv();
    await withDatabase(env, console.error, async ({ ctx }) => {
      await ensureAdminLikeFirstStart(ctx, env);
      const { created, staff } = await loadDemo(ctx, password);
      const total = created.teams + created.people + created.customers + created.cases;
      if (total === 0) {
        console.log('The demo is already loaded: nothing changed.');
      } else {
        console.log(
          `Loaded the demo: ${created.cases} cases for ${created.customers} customers, ${created.people} people, ${created.teams} teams.`,
        );
      }
      console.log('Demo people:');
      const width = Math.max(...staff.map(({ user }) => user.email.length));
      for (const { user } of staff)
        console.log(`  ${user.email.padEnd(width)}  ${user.role.padEnd(10)}  ${user.name}`);
      if (staff.some((person) => person.created)) {
        console.log(`Password for all of them: ${password}`);
        if (values.password === undefined) console.log('It was generated and is shown only now.');
      } else {
        console.log('They keep the password printed when the demo was first loaded.');
        console.log('Forgot it? npm run amends -- reset-password EMAIL');
      }
      console.log('Next: npm start, open the console, and sign in as the supervisor to see every case.');
    });
  },
};

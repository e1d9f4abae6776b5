import { newSecret } from '../../app/auth/secrets.ts';
import { loadEnv } from '../../config/env.ts';
import { assertPasswordArg, type Command, parseCommandArgs } from '../command.ts';
import { loadDemo } from '../demo/load-demo.ts';
import { nextStep } from '../demo/next-step.ts';
import { ensureAdminLikeFirstStart } from '../first-admin.ts';
import { withDatabase } from '../with-database.ts';

export const demoCommand: Command = {
  name: 'demo',
  usage: 'demo [--password P]',
  summary:
    'Load a living demo: two teams, five people, forty customers, a dozen cases, and a month of ratings, comments and a blast with the cases they opened. Safe to run twice.',
  async run(args) {
    const { values } = parseCommandArgs(demoCommand, { args, options: { password: { type: 'string' } } });
    assertPasswordArg(values.password, demoCommand);
    const password = values.password ?? newSecret().slice(0, 20);

    const env = loadEnv();
    await withDatabase(env, console.error, async ({ ctx, amendsRunning }) => {
      await ensureAdminLikeFirstStart(ctx, env);
      const { created, feedback, staff } = await loadDemo(ctx, password, { withFeedback: !amendsRunning });
      const total = created.teams + created.people + created.customers + created.cases + created.issueTypes;
      if (total === 0 && !feedback) {
        console.log('The demo is already loaded: nothing changed.');
      } else {
        console.log(
          `Loaded the demo: ${created.cases} cases for ${created.customers} new customers, ${created.people} people, ${created.teams} teams.`,
        );
      }
      if (feedback)
        console.log(
          `A month of feedback: ${feedback.answers} answers to ${feedback.requests} rating requests (a blast among them), ${feedback.comments} comments, ${feedback.casesOpened} cases opened by feedback.`,
        );
      else if (amendsRunning)
        console.log(
          'The month of ratings was left out: Amends is running, and its worker would answer them today instead of on the days they belong to. Stop Amends (Ctrl-C), run the demo again, then npm start.',
        );
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
      console.log(nextStep(amendsRunning, env.AMENDS_PUBLIC_URL ?? `http://localhost:${env.PORT}`));
    });
  },
};

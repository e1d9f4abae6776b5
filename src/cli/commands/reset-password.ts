import { newSecret } from '../../app/auth/secrets.ts';
import { resetPassword } from '../../app/users/reset-password.ts';
import { loadEnv } from '../../config/env.ts';
import { AppError, isAppError } from '../../core/shared/app-error.ts';
import { assertPasswordArg, type Command, parseCommandArgs, UsageError } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export const resetPasswordCommand: Command = {
  name: 'reset-password',
  usage: 'reset-password EMAIL [--password P]',
  summary: 'Give someone a new password (printed unless you give one) and sign them out everywhere.',
  async run(args) {
    const { values, positionals } = parseCommandArgs(resetPasswordCommand, {
      args,
      options: { password: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0 ? 'Whose password? Give their email.' : 'Give exactly one email.',
        resetPasswordCommand.usage,
      );
    assertPasswordArg(values.password, resetPasswordCommand);
    const email = positionals[0] ?? '';
    const password = values.password ?? newSecret().slice(0, 20);

    await withDatabase(loadEnv(), console.error, async ({ ctx }) => {
      const user = await resetPassword(ctx, undefined, { email, password }).catch((error: unknown) => {
        if (isAppError(error) && error.code === 'NOT_FOUND')
          throw new AppError(
            'NOT_FOUND',
            `${error.message} Check the spelling, or add them: npm run amends -- create-user …`,
          );
        throw error;
      });
      console.log(`New password set for ${user.name} <${user.email}>; their sessions are ended.`);
      if (values.password === undefined) {
        console.log(`Password: ${password}`);
        console.log('It was generated and is shown only now: pass it on privately.');
      }
      if (!user.active)
        console.log('Note: this account is deactivated. An admin can reactivate it in the console (Users).');
    });
  },
};

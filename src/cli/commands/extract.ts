import type { CommandModule } from 'yargs';

// Placeholder until its issue lands; replaced by the real command.
export const extractCommand: CommandModule = {
  command: 'extract',
  describe: '(extract: not built yet)',
  handler: () => {
    process.stderr.write('repo-audit extract: not built yet\n');
    process.exitCode = 2;
  },
};

import type { CommandModule } from 'yargs';

// Placeholder until its issue lands; replaced by the real command.
export const reportCommand: CommandModule = {
  command: 'report',
  describe: '(report: not built yet)',
  handler: () => {
    process.stderr.write('repo-audit report: not built yet\n');
    process.exitCode = 2;
  },
};

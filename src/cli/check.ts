// `npm run check -- [--json] PATH_OR_URL...`: the command-line entry; all behaviour is in main.ts.
import { main } from './main';

// A reader that stops early (`| head`) closes the pipe; that is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});

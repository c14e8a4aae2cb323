/**
 * Runs Azurite's table server inside this process and ties its life to the parent's: when the parent goes
 * away for any reason (Ctrl-C, an uncaught error, SIGKILL), the IPC channel closes and Azurite stops too.
 * Usage (by azurite.ts only): node azurite-child.mjs <azurite table main.js> [azurite arguments…]
 */
import { pathToFileURL } from 'node:url';

const [main, ...args] = process.argv.slice(2);
process.on('disconnect', () => {
  // Azurite saves and closes on SIGINT; if that stalls, leave anyway.
  setTimeout(() => process.exit(0), 3_000).unref();
  process.emit('SIGINT');
});
process.argv = [process.argv[0], main, ...args];
await import(pathToFileURL(main).href);

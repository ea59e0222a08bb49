// npm run read -- FILE: prints what the reader makes of a readout as {"event": ...}; saves nothing.
import { readFileOrExit } from './read-file';

const { event, issueDate, publisher } = readFileOrExit(process.argv[2]);
process.stdout.write(`${JSON.stringify({ event, issueDate, publisher }, null, 2)}\n`);

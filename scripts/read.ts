// npm run read -- FILE|URL: prints what the reader makes of a readout (plain text, a saved HTML page or
// a PDF, known by its content) as {"event": ..., "language": ...}; saves nothing.
import { loadDocumentReadingOrExit } from './read-file';

void loadDocumentReadingOrExit(process.argv[2]).then(
  ({ event, issueDate, publisher, language }) => {
    process.stdout.write(`${JSON.stringify({ event, issueDate, publisher, language }, null, 2)}\n`);
  },
);

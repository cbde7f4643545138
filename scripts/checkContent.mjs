// `npm run check:content`: validates content/ exactly as the build does, without writing anything.
import { buildContent } from './build.mjs';

process.exit(await buildContent(['--check', ...process.argv.slice(2)]));

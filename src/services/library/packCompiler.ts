// Entry of dist/packs.js (required by platform/deferredModules.ts with the first team pack): markdown-it, js-yaml and
// the validation CONTRACT.md asks of a team's files (the built-in library's editorial rules give hints).
import type { Category } from '../../shared/contentTypes';
import { compileContentFolder, type CompiledPack, type ContentFile } from '../../core/contentPack';

export function compilePack(files: ContentFile[], origin: string, known: Category[], displayRoot: string): CompiledPack {
  return compileContentFolder(files, origin, known, displayRoot, 'pack');
}

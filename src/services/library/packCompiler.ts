// Entry of dist/packs.js (required by platform/deferredModules.ts with the first team pack): the
// validation CONTRACT.md asks of a team's files (the built-in library's editorial rules give hints),
// with markdown-it and js-yaml from dist/markdown.js and dist/yaml.js (#markdown, #yaml).
import type { Category } from '../../shared/contentTypes';
import { compileContentSteps, type CompiledPack, type ContentFile } from '../../core/contentPack';
import { nextTurn, runSliced, type HostSlicing } from '../../core/hostSlices';

/** A team pack compiled a slice at a time (a file or more per slice), so the host gets its turn in between. */
export function compilePack(files: ContentFile[], origin: string, known: Category[], displayRoot: string, slicing: Partial<HostSlicing> = {}): Promise<CompiledPack> {
  return runSliced(() => compileContentSteps(files, origin, known, displayRoot, 'pack'), { yieldToHost: nextTurn, ...slicing });
}

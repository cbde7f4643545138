declare module 'markdown-it-front-matter' {
  import type MarkdownIt from 'markdown-it';
  const frontMatter: (md: MarkdownIt, callback: (frontMatter: string) => void) => void;
  export default frontMatter;
}

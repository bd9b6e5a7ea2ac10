/**
 * Lessons read as a syntax tree (remark with MDX, frontmatter and GFM), never with regular expressions:
 * the build's section list, activity list and the heading ids in the page all come from here.
 */
import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { slugify } from '../domain/lib/slug.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkGfm);

/** Parses a lesson's MDX source. Throws the parser's own message (with line and column) when it cannot. */
export function parseLessonTree(source: string): Root {
  return parser.parse(source);
}

/** The id a section heading gets, at build time and in the page: "What is service?" → "what-is-service". */
export const headingId = (heading: Heading): string => slugify(toString(heading));

/** The lesson's sections: its level-2 headings. */
export const sectionHeadings = (tree: Root): Heading[] => {
  const found: Heading[] = [];
  visit(tree, 'heading', (node) => {
    if (node.depth === 2) found.push(node);
  });
  return found;
};

/**
 * A remark plugin for the MDX compiler: gives every section heading its id, so the page uses exactly the
 * ids the build recorded (and progress saved against them).
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    for (const heading of sectionHeadings(tree)) {
      // remark-rehype turns `data.hProperties` into the element's attributes.
      const data = (heading.data ??= {}) as { hProperties?: Record<string, unknown> };
      data.hProperties = { ...data.hProperties, id: headingId(heading) };
    }
  };
}

import { useState } from 'react';

const wide = () => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 60rem)').matches;

/** The lesson's sections, with the one being read marked as current. */
export function LessonToc({
  sections,
  current,
}: {
  sections: { id: string; title: string }[];
  current: string | undefined;
}) {
  const [open, setOpen] = useState(wide);
  if (sections.length === 0) return null;
  const list = (
    <ol className="toc-list">
      {sections.map((section) => (
        <li key={section.id}>
          <a href={`#${section.id}`} aria-current={section.id === current ? 'location' : undefined}>
            {section.title}
          </a>
        </li>
      ))}
    </ol>
  );
  return (
    <nav className="lesson-toc" aria-label="In this lesson">
      <details className="toc-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>In this lesson</summary>
        {list}
      </details>
    </nav>
  );
}

import { useState } from 'react';
import { useWideScreen } from '../layout/use-wide-screen';

/** The lesson's sections, with the one being read marked as current. */
export function LessonToc({
  sections,
  current,
}: {
  sections: { id: string; title: string }[];
  current: string | undefined;
}) {
  const [chosen, setChosen] = useState<boolean | null>(null);
  // Prerendered, it is folded (as on a phone, where it sits above the lesson); wide screens open it.
  const isWide = useWideScreen(false);
  const open = chosen ?? isWide;
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
      <details
        className="toc-details"
        open={open}
        onToggle={(e) => e.currentTarget.open !== open && setChosen(e.currentTarget.open)}
      >
        <summary>In this lesson</summary>
        {list}
      </details>
    </nav>
  );
}

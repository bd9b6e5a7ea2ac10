import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { courseLessons } from '../../content/course';
import { createAssignment, encodeAssignment } from '../../domain/assignments/assignment-codec';
import type { AssignmentDraft } from '../../domain/assignments/assignment-codec';
import type { Assignment } from '../../domain/assignments/assignment';
import { addDays, localDate } from '../../domain/assignments/due-dates';
import { PageHeading } from '../../components/layout/page-heading';
import { AssignmentForm } from '../../components/assignments/trainer/assignment-form';
import { AssignmentList } from '../../components/assignments/trainer/assignment-list';
import { HowAssigningWorks } from '../../components/assignments/trainer/how-assigning-works';
import { ShareAssignment } from '../../components/assignments/trainer/share-assignment';
import { useTrainer } from '../../state/trainer/trainer-store';
import '../../components/assignments/trainer/trainer.css';

/** A short random id; works on plain http too, where crypto.randomUUID is missing. */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('');
}

/** The full address of an assignment link on this site. */
function assignmentUrl(assignment: Assignment): string {
  const path = paths.assignment.to(encodeAssignment(assignment));
  return new URL(`${import.meta.env.BASE_URL}${path.slice(1)}`, window.location.origin).href;
}

export function TrainerPage() {
  const created = useTrainer((s) => s.created);
  const issue = useTrainer((s) => s.issue);
  const { add, retire, restore, dismissIssue } = useTrainer.getState();
  const [latest, setLatest] = useState<Assignment | null>(null);
  const latestHeading = useRef<HTMLHeadingElement>(null);
  const today = localDate(new Date());

  useEffect(() => {
    if (latest) latestHeading.current?.focus();
  }, [latest]);

  const onCreate = (draft: AssignmentDraft) => {
    const result = createAssignment(draft, {
      id: newId(),
      now: new Date(),
      today,
      moduleOrder: courseLessons.map((l) => l.slug),
    });
    if (!result.ok) return result.errors;
    add(result.assignment);
    setLatest(result.assignment);
    return null;
  };

  return (
    <div className="page trainer-page">
      <p className="eyebrow">For trainers</p>
      <PageHeading>Assign the course</PageHeading>
      <p className="lead">
        Choose the modules, a due date and a pass mark, then send the link to your group. Learners open it,
        accept it, and see the assigned modules first. When they are done, they send you their completion
        record for the <Link to={paths.reports.to()}>reports</Link>.
      </p>
      <p>
        Running the sessions yourself? The <Link to={paths.trainerGuide.to()}>trainer guide</Link> has a plan
        for each module, a checklist for the floor and a 30-day follow-up plan.
      </p>
      {issue && (
        <div className="notice warning" role="status">
          <p>
            {issue === 'unsaved'
              ? 'This browser is not keeping the assignments you make, so copy each link before you leave the page.'
              : 'Some assignments saved in this browser could not be read; a copy was kept aside and the rest are listed below.'}
          </p>
          <button type="button" className="button small secondary" onClick={dismissIssue}>
            Dismiss
          </button>
        </div>
      )}
      <div className="trainer-layout">
        <AssignmentForm
          lessons={courseLessons.map((l) => ({ slug: l.slug, title: l.title }))}
          defaultDue={addDays(today, 14)}
          minDue={today}
          onCreate={onCreate}
        />
        <div className="trainer-side">
          {latest && (
            <section className="latest-assignment" aria-labelledby="latest-title">
              <h2 id="latest-title" ref={latestHeading} tabIndex={-1}>
                Ready to share: {latest.group}
              </h2>
              <ShareAssignment assignment={latest} url={assignmentUrl(latest)} />
            </section>
          )}
          <HowAssigningWorks />
        </div>
      </div>
      <AssignmentList
        items={created.map((c) => ({
          assignment: c.assignment,
          url: assignmentUrl(c.assignment),
          ...(c.retiredAt ? { retiredAt: c.retiredAt } : {}),
        }))}
        onRetire={retire}
        onRestore={restore}
      />
    </div>
  );
}

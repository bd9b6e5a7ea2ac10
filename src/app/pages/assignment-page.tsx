import { useCallback, useMemo } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../../config/paths';
import { courseLessons } from '../../content/course';
import { decodeAssignment, misplacedAssignment } from '../../domain/assignments/assignment-codec';
import { assignmentPlan, assignmentPlans } from '../../domain/assignments/assignments';
import { assignmentTitle } from '../../domain/assignments/assignment-text';
import type { Assignment } from '../../domain/assignments/assignment';
import type { AssignmentPlan } from '../../domain/assignments/assignments';
import { localDate } from '../../domain/assignments/due-dates';
import { buildRecord, recordFileName, recordToCode, recordToJson } from '../../domain/reports/record-codec';
import type { LearnerIdentity } from '../../domain/reports/record-codec';
import { AcceptForm } from '../../components/assignments/learner/accept-form';
import { AcceptedAssignment } from '../../components/assignments/learner/accepted-assignment';
import { AssignmentDetails } from '../../components/assignments/learner/assignment-details';
import { LinkProblem } from '../../components/assignments/learner/link-problem';
import { PageHeading } from '../../components/layout/page-heading';
import { pickData, useProgress } from '../../state/progress/progress-store';
import { useProgressActions, useProgressData } from '../../state/progress/selectors';
import '../../components/assignments/learner/assignment.css';

/** `/assignment#<link>` shows an assignment to accept; `/assignment` lists the learner's own. */
export function AssignmentPage() {
  const { hash, search } = useLocation();
  const token = hash.replace(/^#/, '');
  if (token) return <FromLink key={token} token={token} />;
  const misplaced = misplacedAssignment(search);
  if (misplaced)
    return (
      <LinkProblem
        problem="question-mark"
        message={misplaced.message}
        fix={paths.assignment.to(misplaced.fragment)}
      />
    );
  return <MyAssignments />;
}

function useLearner() {
  const { profile } = useProgressData();
  const { setProfile } = useProgressActions();
  const save = useCallback(
    (learner: LearnerIdentity) =>
      setProfile({ name: learner.name, email: learner.email ?? '', employeeId: learner.employeeId ?? '' }),
    [setProfile],
  );
  const learner: Partial<LearnerIdentity> = {};
  if (profile.name) learner.name = profile.name;
  if (profile.email) learner.email = profile.email;
  if (profile.employeeId) learner.employeeId = profile.employeeId;
  return { learner, save };
}

/** Builds a completion record from the progress saved at this moment. */
function recordMaker(assignment: Assignment, learner: Partial<LearnerIdentity>) {
  return () => {
    const record = buildRecord({
      learner: { ...learner, name: learner.name ?? '' },
      assignment,
      lessons: courseLessons,
      data: pickData(useProgress.getState()),
      now: new Date(),
    });
    return { fileName: recordFileName(record), json: recordToJson(record), code: recordToCode(record) };
  };
}

function PlanWithRecord({ plan }: { plan: AssignmentPlan }) {
  const { learner, save } = useLearner();
  if (!learner.name) {
    return (
      <div className="accepted-assignment">
        <h2>{plan.assignment.group}</h2>
        <p>Add your name before sending a completion record, so HR knows it is yours.</p>
        <AcceptForm initial={learner} onAccept={save} submitLabel="Save my details" />
      </div>
    );
  }
  return <AcceptedAssignment plan={plan} makeRecord={recordMaker(plan.assignment, learner)} />;
}

function FromLink({ token }: { token: string }) {
  const result = useMemo(() => decodeAssignment(token), [token]);
  const data = useProgressData();
  const { acceptAssignment } = useProgressActions();
  const { learner, save } = useLearner();
  const today = localDate(new Date());
  if (!result.ok) return <LinkProblem problem={result.problem} message={result.message} />;
  const { assignment } = result;
  const accepted = data.assignments[assignment.id];
  const plan = accepted ? assignmentPlan(accepted, courseLessons, data, today) : null;
  const modules = assignment.modules.map((slug) => {
    const lesson = courseLessons.find((l) => l.slug === slug);
    return { slug, title: lesson?.title ?? slug, known: Boolean(lesson) };
  });
  const accept = (identity: LearnerIdentity) => {
    save(identity);
    acceptAssignment(assignment.id, assignment);
  };
  return (
    <div className="page narrow assignment-page">
      <p className="eyebrow">Assignment</p>
      <PageHeading>{assignmentTitle(assignment)}</PageHeading>
      {plan ? (
        <>
          <div className="notice accepted-notice" role="status">
            <p>
              <span aria-hidden="true">✓ </span>
              <strong>Accepted.</strong> The assigned modules are at the top of the{' '}
              <Link to={paths.home.to()}>course home</Link>.
            </p>
          </div>
          <PlanWithRecord plan={plan} />
        </>
      ) : (
        <>
          <AssignmentDetails assignment={assignment} modules={modules} today={today} />
          <AcceptForm initial={learner} onAccept={accept} />
        </>
      )}
    </div>
  );
}

function MyAssignments() {
  const data = useProgressData();
  const plans = useMemo(() => assignmentPlans(data, courseLessons, localDate(new Date())), [data]);
  return (
    <div className="page narrow assignment-page">
      <p className="eyebrow">Assignments</p>
      <PageHeading>Your assignments</PageHeading>
      {plans.length === 0 ? (
        <>
          <p>
            You have no assignments yet. When your trainer sends you an assignment link, open it and accept
            it: it will appear here and at the top of the course home.
          </p>
          <p className="actions">
            <Link className="button" to={paths.home.to()}>
              Go to the course
            </Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">
            When you have finished, or whenever your trainer asks, send your completion record: download the
            file, or copy the code into an email or chat.
          </p>
          {plans.map((plan) => (
            <PlanWithRecord key={plan.assignment.id} plan={plan} />
          ))}
        </>
      )}
    </div>
  );
}

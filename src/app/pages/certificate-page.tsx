import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../config/paths';
import { COURSE_TITLE, courseLessons } from '../../content/course';
import { passingAttempt } from '../../domain/assessment/assessment';
import { verificationCode } from '../../domain/assessment/certificate';
import { attemptLessons } from '../../domain/assignments/assessment-scope';
import { CertificateView } from '../../components/certificate/certificate-view';
import { NameForm } from '../../components/certificate/name-form';
import { PageHeading } from '../../components/layout/page-heading';
import { useLmsSession } from '../../state/lms-session';
import { useProgressActions, useProgressData } from '../../state/progress/selectors';
import '../../components/assessment/assessment.css';

export function CertificatePage() {
  const data = useProgressData();
  const { setProfile } = useProgressActions();
  const [editing, setEditing] = useState(false);
  const passed = passingAttempt(data.assessment.attempts);
  // Launched from an LMS, the certificate carries the name the LMS has for the learner.
  const lmsName = useLmsSession((s) => s.learnerName);
  const name = lmsName ?? data.profile.name?.trim();

  if (!passed?.submittedAt) {
    return (
      <section className="page narrow" aria-labelledby="page-title">
        <p className="eyebrow">Certificate</p>
        <PageHeading>Your certificate is waiting</PageHeading>
        <p>Pass the final assessment to get your certificate of completion.</p>
        <p className="actions">
          <Link className="button primary" to={paths.assessment.to()}>
            Go to the final assessment
          </Link>
        </p>
      </section>
    );
  }

  if (!name || (editing && !lmsName)) {
    return (
      <section className="page narrow" aria-labelledby="page-title">
        <p className="eyebrow">Certificate</p>
        <PageHeading>Whose name goes on the certificate?</PageHeading>
        <NameForm
          initial={name ?? ''}
          onSave={(value) => {
            setProfile({ name: value });
            setEditing(false);
          }}
        />
      </section>
    );
  }

  const record = {
    course: COURSE_TITLE,
    learner: name,
    completedOn: passed.submittedAt.slice(0, 10),
    score: passed.score ?? 0,
    // The modules the passing sitting covered: the assigned ones, when an assignment narrowed it.
    modules: attemptLessons(passed, courseLessons).map((l) => l.title),
  };
  const partial = record.modules.length < courseLessons.length;
  return (
    <div className="page certificate-page">
      <div className="no-print">
        <p className="eyebrow">Certificate</p>
        <PageHeading>Well done, {name}</PageHeading>
        <p>Print your certificate, or save it as a PDF from the print dialogue (choose landscape).</p>
        {lmsName && <p>The name is the one your learning system has for you.</p>}
        <p className="actions">
          <button type="button" className="button primary" onClick={() => window.print()}>
            Print or save as PDF
          </button>
          {!lmsName && (
            <button type="button" className="button secondary" onClick={() => setEditing(true)}>
              Change the name
            </button>
          )}
        </p>
      </div>
      <CertificateView {...record} partial={partial} code={verificationCode(record)} />
    </div>
  );
}
